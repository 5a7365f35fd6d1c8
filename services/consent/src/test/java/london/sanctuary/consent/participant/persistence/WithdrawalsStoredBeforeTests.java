package london.sanctuary.consent.participant.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.participant.WithdrawalMethod;
import org.junit.jupiter.api.Test;

/**
 * Withdrawals stored before the method had a field of its own (decision 0058 stored "self, online" as the reason)
 * read as the method they were, with no reason; new ones read their field.
 */
class WithdrawalsStoredBeforeTests {

    private static final Instant WITHDRAWN = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void givenAWithdrawalStoredWithTheReasonSelfOnlineWhenReadThenItIsSelfOnlineWithNoReason() {
        ParticipantDocument.ConsentDocument old = stored(WITHDRAWN, "self, online", null);

        assertThat(ParticipantMapping.methodOf(old)).isEqualTo(WithdrawalMethod.SELF_ONLINE);
        assertThat(ParticipantMapping.reasonOf(old)).isNull();
    }

    @Test
    void givenAWithdrawalStoredWithAnyOtherReasonOrNoneWhenReadThenStaffRecordedItAndTheReasonStays() {
        ParticipantDocument.ConsentDocument withReason = stored(WITHDRAWN, "moving away", null);
        ParticipantDocument.ConsentDocument without = stored(WITHDRAWN, null, null);

        assertThat(ParticipantMapping.methodOf(withReason)).isEqualTo(WithdrawalMethod.RECORDED_BY_STAFF);
        assertThat(ParticipantMapping.reasonOf(withReason)).isEqualTo("moving away");
        assertThat(ParticipantMapping.methodOf(without)).isEqualTo(WithdrawalMethod.RECORDED_BY_STAFF);
    }

    @Test
    void givenAWithdrawalStoredWithItsMethodWhenReadThenTheFieldIsBelievedEvenIfTheReasonSaysSelfOnline() {
        ParticipantDocument.ConsentDocument staff = stored(WITHDRAWN, "self, online", "RECORDED_BY_STAFF");

        assertThat(ParticipantMapping.methodOf(staff)).isEqualTo(WithdrawalMethod.RECORDED_BY_STAFF);
        assertThat(ParticipantMapping.reasonOf(staff)).isEqualTo("self, online");
    }

    @Test
    void givenAConsentStillHeldWhenReadThenItHasNoMethod() {
        assertThat(ParticipantMapping.methodOf(stored(null, null, null))).isNull();
    }

    private static ParticipantDocument.ConsentDocument stored(Instant withdrawnAt, String reason, String method) {
        return new ParticipantDocument.ConsentDocument(
                UUID.randomUUID().toString(),
                "PARTICIPATE",
                "newham",
                "CONSENT",
                "WRITTEN",
                "en",
                "2026-10",
                "officer",
                Instant.parse("2026-11-01T10:00:00Z"),
                null,
                false,
                withdrawnAt,
                reason,
                method,
                null,
                List.of());
    }
}
