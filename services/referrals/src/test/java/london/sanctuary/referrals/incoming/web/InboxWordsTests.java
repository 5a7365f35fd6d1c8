package london.sanctuary.referrals.incoming.web;

import static london.sanctuary.referrals.incoming.web.InboxWords.WORDS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.referrals.referral.ReferralStatus;
import org.junit.jupiter.api.Test;

class InboxWordsTests {

    @Test
    void everyStatusHasALabelInWordsAndAColourOfItsOwnWhereItMatters() {
        // given every status, when named, then words and a GOV.UK tag colour, never the code
        for (ReferralStatus status : ReferralStatus.values()) {
            InboxWords.Tag tag = WORDS.status(status.name());
            assertThat(tag.label()).doesNotContain("_").isNotEqualTo(status.name());
            assertThat(tag.colour()).startsWith("govuk-tag--");
        }
        assertThat(WORDS.status("RECEIVED")).isEqualTo(new InboxWords.Tag("Needs a decision", "govuk-tag--blue"));
        assertThat(WORDS.status("COMPLETED").colour()).isEqualTo("govuk-tag--green");
    }

    @Test
    void codesReadAsWordsKeepingTheirAcronymsAndBoroughsByName() {
        // given codes of support, urgency and reason, when read, then words
        assertThat(WORDS.codes(List.of("ESOL", "MENTAL_HEALTH", "GP_REGISTRATION")))
                .isEqualTo("ESOL, Mental health, GP registration");
        assertThat(WORDS.code("SOON")).isEqualTo("Soon");
        assertThat(WORDS.code("MOVE_ON_AFTER_DECISION")).isEqualTo("Move on after decision");
        assertThat(WORDS.borough("tower-hamlets")).isEqualTo("Tower Hamlets");
        assertThat(WORDS.declineReason("WRONG_BOROUGH"))
                .isEqualTo("The address is in another borough; please refer there.");
    }

    @Test
    void aLanguageIsNamedInEnglishWithItsAutonymMarkedRightToLeftWhereItIs() {
        // given Farsi, English and Tigrinya, when named, then the English name, the autonym and its direction
        List<InboxWords.LanguageName> names = WORDS.languageNames(List.of("fa", "en", "ti"));
        assertThat(names.get(0)).isEqualTo(new InboxWords.LanguageName("fa", "Farsi (Persian)", "فارسی", "rtl"));
        assertThat(names.get(1).hasAutonym()).isFalse();
        assertThat(names.get(2).autonym()).isEqualTo("ትግርኛ");
        assertThat(names.get(2).dir()).isEqualTo("ltr");
    }
}
