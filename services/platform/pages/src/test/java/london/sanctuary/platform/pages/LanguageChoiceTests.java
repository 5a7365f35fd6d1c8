package london.sanctuary.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.contracts.Language;
import org.junit.jupiter.api.Test;

class LanguageChoiceTests {

    static final List<Language> OFFERED =
            List.of(Language.of("en"), Language.of("ar"), Language.of("prs"), Language.of("uk"));

    @Test
    void theLanguageAskedForWinsWhenTheFormHasIt() {
        assertThat(LanguageChoice.choose("prs", "uk,en;q=0.5", OFFERED)).isEqualTo(Language.of("prs"));
        assertThat(LanguageChoice.choose("AR", null, OFFERED)).isEqualTo(Language.of("ar"));
    }

    @Test
    void aLanguageTheFormDoesNotHaveIsIgnoredForTheBrowsersFirstLanguageTheFormHas() {
        assertThat(LanguageChoice.choose("so", "ti, fa;q=0.9, uk;q=0.8, ar;q=0.7", OFFERED))
                .isEqualTo(Language.of("uk"));
    }

    @Test
    void theBrowsersLanguagesAreTakenByWeightAndARegionalTagMatchesItsLanguage() {
        assertThat(LanguageChoice.choose(null, "en;q=0.3, ar-SY;q=0.9", OFFERED))
                .isEqualTo(Language.of("ar"));
    }

    @Test
    void withNothingUsableThePageIsInEnglish() {
        assertThat(LanguageChoice.choose(null, null, OFFERED)).isEqualTo(Language.of("en"));
        assertThat(LanguageChoice.choose("", "ti, am;q=0.5", OFFERED)).isEqualTo(Language.of("en"));
        assertThat(LanguageChoice.choose("not a tag!", ";;;q=x", OFFERED)).isEqualTo(Language.of("en"));
    }

    @Test
    void rightToLeftLanguagesAreKnownByTheirAutonyms() {
        assertThat(Language.of("prs").autonym()).isEqualTo("دری");
        assertThat(Language.of("ckb").autonym()).isEqualTo("کوردی");
        assertThat(Language.of("uk").autonym()).isEqualTo("Українська");
        assertThat(Language.of("prs").rightToLeft()).isTrue();
    }
}
