package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoroughAndLanguageTests {

    @Test
    void all33LondonBoroughsLoad() {
        // when
        var boroughs = Borough.all();

        // then
        assertThat(boroughs).hasSize(33);
        assertThat(boroughs.get(0)).isEqualTo(Borough.of("city-of-london"));
        assertThat(Borough.of("newham").name()).isEqualTo("Newham");
        assertThat(Borough.of("newham").gssCode()).isEqualTo("E09000025");
        assertThat(Borough.of("tower-hamlets").name()).isEqualTo("Tower Hamlets");
    }

    @ParameterizedTest
    @ValueSource(strings = {"gotham", "Newham", "", "newham "})
    void anUnknownBoroughCodeIsRejected(String code) {
        assertThatThrownBy(() -> Borough.of(code))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("borough: must be a London borough code such as barnet");
    }

    @Test
    void aNullBoroughCodeIsRejected() {
        assertThatThrownBy(() -> new Borough(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ar", "fa", "prs", "ps", "ckb", "ur"})
    void arabicFarsiDariPashtoSoraniAndUrduAreRightToLeft(String tag) {
        assertThat(Language.of(tag).rightToLeft()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "ti", "kmr", "uk", "zh-Hans", "de", "en-GB"})
    void otherLanguagesAreLeftToRight(String tag) {
        assertThat(Language.of(tag).rightToLeft()).isFalse();
    }

    @Test
    void aRegionalVariantTakesItsDirectionFromTheLanguage() {
        assertThat(Language.of("ar-SY").rightToLeft()).isTrue();
    }

    @Test
    void knownLanguagesComeFromTheReferenceList() {
        assertThat(Language.known()).hasSize(21).contains(Language.of("ckb"), Language.of("zh-Hans"));
    }

    @Test
    void aKnownLanguageIsFoundByItsExactTagAndNothingElseIs() {
        assertThat(Language.known("zh-Hans")).contains(Language.of("zh-Hans"));
        assertThat(Language.known("fa")).contains(Language.of("fa"));
        assertThat(Language.known("de")).isEmpty();
        assertThat(Language.known("FA")).isEmpty();
        assertThat(Language.known("<script>")).isEmpty();
        assertThat(Language.known(null)).isEmpty();
    }

    @Test
    void tagsAreKeptInCanonicalCase() {
        assertThat(Language.of("EN-gb").tag()).isEqualTo("en-GB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "und", "en_GB", "ar!", "a", "123", "en-", "-en", "english"})
    void badTagsAreRejected(String tag) {
        assertThatThrownBy(() -> Language.of(tag)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNullTagIsRejected() {
        assertThatThrownBy(() -> new Language(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLanguageHasItsEnglishNameAndItsAutonymFromTheReferenceList() {
        // given listed languages and a tag not on the list
        // when named, then the reference list's names; Java's English name for the unlisted, as its autonym too
        assertThat(Language.of("fa").englishName()).isEqualTo("Farsi (Persian)");
        assertThat(Language.of("fa").autonym()).isEqualTo("فارسی");
        assertThat(Language.of("ti").autonym()).isEqualTo("ትግርኛ");
        assertThat(Language.of("de").englishName()).isEqualTo("German");
        assertThat(Language.of("de").autonym()).isEqualTo("German");
    }
}
