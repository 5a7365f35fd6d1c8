package london.sanctuary.consent.retention.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.consent.retention.SeenActive;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.ParticipantRegistered;
import london.sanctuary.contracts.engagement.SessionHeld;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.contracts.referrals.ReferralCompleted;
import london.sanctuary.contracts.referrals.ReferralDeclined;
import london.sanctuary.contracts.referrals.ReferralSent;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.junit.jupiter.api.Test;

class ActivityEventsTests {

    static final Borough NEWHAM = Borough.of("newham");
    static final Borough BARNET = Borough.of("barnet");
    static final ParticipantRef AMINA = ParticipantRef.of(UUID.randomUUID());
    static final Instant AT = Instant.parse("2026-11-30T10:15:00Z");

    @Test
    void aRegistrationWaitlistedOrNotAndAnAttendanceAreActivityInTheirBorough() {
        // given / when / then
        assertThat(seen(new ParticipantRegistered(UUID.randomUUID(), NEWHAM, AMINA, true, AT)))
                .isEqualTo(new SeenActive(NEWHAM, AMINA, AT));
        assertThat(seen(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, AMINA, true, AT)))
                .isEqualTo(new SeenActive(NEWHAM, AMINA, AT));
    }

    @Test
    void aNoShowAnonymousFeedbackAndEventsAboutNoPersonAreNotActivity() {
        // given / when / then
        assertThat(seen(new AttendanceRecorded(UUID.randomUUID(), NEWHAM, AMINA, false, AT)))
                .isNull();
        assertThat(seen(new FeedbackSubmitted(
                        UUID.randomUUID(), UUID.randomUUID(), NEWHAM, null, "ar", CaptureMethod.ONLINE, AT)))
                .isNull();
        assertThat(seen(new SessionHeld(
                        UUID.randomUUID(),
                        NEWHAM,
                        SessionType.LIVED_EXPERIENCE_FORUM,
                        AT,
                        12,
                        List.of("ar"),
                        List.of())))
                .isNull();
    }

    @Test
    void linkedFeedbackIsActivity() {
        // given / when / then
        assertThat(seen(new FeedbackSubmitted(
                        UUID.randomUUID(), UUID.randomUUID(), NEWHAM, AMINA, "ar", CaptureMethod.PAPER, AT)))
                .isEqualTo(new SeenActive(NEWHAM, AMINA, AT));
    }

    @Test
    void aReferralSentIsTheSendersActivityAndOneCompletedTheReceiversAndADeclineNeither() {
        // given / when / then
        assertThat(seen(new ReferralSent(ReferralId.random(), NEWHAM, BARNET, AMINA, AT, null, AT, null)))
                .isEqualTo(new SeenActive(NEWHAM, AMINA, AT));
        assertThat(seen(new ReferralCompleted(ReferralId.random(), NEWHAM, BARNET, AMINA, AT)))
                .isEqualTo(new SeenActive(BARNET, AMINA, AT));
        assertThat(seen(new ReferralDeclined(
                        ReferralId.random(), NEWHAM, BARNET, AMINA, "Address is in Southwark", AT)))
                .isNull();
    }

    static SeenActive seen(Contract data) {
        return ActivityEvents.of(new ReceivedEvent("id", "type", "newham", "subject", AT, data))
                .orElse(null);
    }
}
