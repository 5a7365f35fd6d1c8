package london.sanctuary.referrals.directory;

import static london.sanctuary.referrals.directory.InMemoryDirectory.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.SupportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MatchingTests {

    static final Borough BARNET = Borough.of("barnet");
    final InMemoryDirectory directory = new InMemoryDirectory();
    final Matching matching = new Matching(directory);

    @BeforeEach
    void barnetsDirectory() {
        directory.replace(
                BARNET,
                List.of(
                        service("college", "Barnet College ESOL", List.of("ESOL"), "en", "sq"),
                        service(
                                "library",
                                "Library English Club",
                                List.of("english for speakers of  OTHER languages"),
                                "en",
                                "fa"),
                        service(
                                "cafe",
                                "Afghan Women's ESOL Cafe",
                                List.of("ESOL", "Befriending"),
                                "prs",
                                "ps",
                                "fa-AF"),
                        service("law", "Barnet Law Centre", List.of("Legal advice"), "en", "fa"),
                        service("food", "Colindale Food Hub", List.of("Food"), "en")),
                "service-lead");
    }

    @Test
    void servicesOfTheKindComeInThePersonsLanguagesFirstInTheirOrderThenByName() {
        // when a Dari speaker who also reads Farsi needs ESOL
        List<Matching.Match> matches =
                matching.forSupport(BARNET, SupportKind.ESOL, List.of(Language.of("prs"), Language.of("fa")));

        // then the Dari service first, then Farsi (by its primary language too), then the rest by name
        assertThat(matches).extracting(m -> m.service().id()).containsExactly("cafe", "library", "college");
        assertThat(matches).extracting(Matching.Match::inTheirLanguage).containsExactly(true, true, false);
    }

    @Test
    void aKindTheDirectoryHasNoServiceForMatchesNothingAndOtherMatchesEverything() {
        assertThat(matching.forSupport(BARNET, SupportKind.SCHOOL_PLACE, List.of()))
                .isEmpty();
        assertThat(matching.forSupport(BARNET, SupportKind.OTHER, List.of())).hasSize(5);
        assertThat(matching.forSupport(BARNET, SupportKind.SOCIAL_CONNECTION, List.of()))
                .extracting(m -> m.service().id())
                .containsExactly("cafe");
    }

    @Test
    void everySupportKindButOtherHasTermsInTheTable() {
        for (SupportKind kind : SupportKind.values()) {
            assertThat(SupportTaxonomy.terms(kind).isEmpty()).as(kind.name()).isEqualTo(kind == SupportKind.OTHER);
        }
    }
}
