package london.sanctuary.consent.participant;

import static london.sanctuary.consent.participant.ParticipantFixtures.amira;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "name, NULL, 07700 900123, a@example.org, ar",
                "name, '  ', 07700 900123, a@example.org, ar",
                "phone, Amira, call me maybe, a@example.org, ar",
                "email, Amira, 07700 900123, not-an-address, ar",
                "preferredLanguages, Amira, 07700 900123, a@example.org, NULL",
                "preferredLanguages, Amira, 07700 900123, a@example.org, english!",
            })
    void aProfileRejectsBadInputNamingTheField(String field, String name, String phone, String email, String tag) {
        // when / then
        assertThatThrownBy(() -> Profile.of(name, phone, email, tag == null ? List.of() : List.of(tag), null))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo(field);
    }

    @Test
    void aProfileListsAtMostTwentyPreferredLanguages() {
        List<String> twenty = java.util.Collections.nCopies(20, "ar");
        List<String> twentyOne = java.util.Collections.nCopies(21, "ar");

        assertThat(Profile.of("Amira", null, null, twenty, null).preferredLanguages())
                .hasSize(20);
        assertThatThrownBy(() -> Profile.of("Amira", null, null, twentyOne, null))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("preferredLanguages");
    }

    @Test
    void aProfileNeverShowsItsValuesInText() {
        // when
        String text = amira().toString();

        // then
        assertThat(text).doesNotContain("Amira", "07700", "example.org");
    }

    @Test
    void optionalContactDetailsMayBeLeftOut() {
        // when
        Profile profile = Profile.of("Omar", "", null, List.of("ar"), " ");

        // then
        assertThat(profile.phone()).isNull();
        assertThat(profile.email()).isNull();
        assertThat(profile.accessNeeds()).isNull();
    }

    @Test
    void aGrantNeedsANoticeVersion() {
        // when / then
        assertThatThrownBy(() -> new GrantConsent(
                        ConsentPurpose.PARTICIPATE,
                        LegalBasis.CONSENT,
                        ConsentMethod.WRITTEN,
                        Language.of("en"),
                        " ",
                        null,
                        "officer"))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("noticeVersion");
    }

    @Test
    void aGrantNeedsAPurpose() {
        // when / then
        assertThatThrownBy(() -> new GrantConsent(
                        null, LegalBasis.CONSENT, ConsentMethod.WRITTEN, Language.of("en"), "v1", null, "officer"))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("purpose");
    }

    @Test
    void aWithdrawalReasonIsBounded() {
        // when / then
        assertThatThrownBy(() -> new WithdrawConsent(ConsentPurpose.RECONTACT, "x".repeat(201)))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("reason");
        assertThat(new WithdrawConsent(ConsentPurpose.RECONTACT, "  ").reason()).isNull();
    }
}
