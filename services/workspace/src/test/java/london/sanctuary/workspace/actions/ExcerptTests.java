package london.sanctuary.workspace.actions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTests {

    static final String ANSWER = "Breakfast ends at nine,  before we are back\nfrom the school run. Please change it.";

    @Test
    void theWholeAnswerOrAPartOfItIsThePersonsOwnWords() {
        assertThat(Excerpt.isFrom(ANSWER, ANSWER)).isTrue();
        assertThat(Excerpt.isFrom(ANSWER, "before we are back from the school run"))
                .isTrue();
    }

    @Test
    void partsInTheAnswersOrderJoinedByAnEllipsisAreItsOwnWords() {
        assertThat(Excerpt.isFrom(ANSWER, "Breakfast ends at nine … Please change it."))
                .isTrue();
        assertThat(Excerpt.isFrom(ANSWER, "…before we are back...Please change it"))
                .isTrue();
    }

    @Test
    void addedChangedOrReorderedWordsAreNot() {
        assertThat(Excerpt.isFrom(ANSWER, "Breakfast ends at nine, which is unfair"))
                .isFalse();
        assertThat(Excerpt.isFrom(ANSWER, "Breakfast ends at ten")).isFalse();
        assertThat(Excerpt.isFrom(ANSWER, "Please change it … Breakfast ends at nine"))
                .isFalse();
    }

    @Test
    void nothingButAnEllipsisOrSpacesIsNoQuote() {
        assertThat(Excerpt.isFrom(ANSWER, " … ")).isFalse();
        assertThat(Excerpt.isFrom(ANSWER, "  ")).isFalse();
        assertThat(Excerpt.isFrom(ANSWER, null)).isFalse();
    }
}
