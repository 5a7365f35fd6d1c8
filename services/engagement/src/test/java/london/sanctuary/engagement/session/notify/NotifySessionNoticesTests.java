package london.sanctuary.engagement.session.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.NoticeKind;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.engagement.session.SessionNotice;
import london.sanctuary.engagement.session.SessionNotices;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.RecordingGateway;
import london.sanctuary.platform.notify.RecordingGateway.Call;
import london.sanctuary.platform.test.LogCapture;
import org.junit.jupiter.api.Test;

class NotifySessionNoticesTests {

    static final Borough NEWHAM = Borough.of("newham");
    static final UUID BY_PHONE = UUID.randomUUID();
    static final UUID BY_EMAIL = UUID.randomUUID();
    static final UUID UNREACHABLE = UUID.randomUUID();
    static final String PHONE = "07700900123";
    static final String EMAIL = "amal@example.org";

    final List<SessionNotice> recorded = new ArrayList<>();
    final RecordingGateway notify = new RecordingGateway();
    final List<Call> calls = notify.calls;

    final ContactDirectory contacts = (borough, ref) -> {
        if (ref.equals(BY_PHONE)) {
            return Optional.of(new ContactDirectory.Contact(PHONE, EMAIL));
        }
        if (ref.equals(BY_EMAIL)) {
            return Optional.of(new ContactDirectory.Contact(null, EMAIL));
        }
        return Optional.empty();
    };
    final NotifySessionNotices notices = new NotifySessionNotices(
            new Recorded(), contacts, notify, new NotifySessionNotices.Templates("sms-t", "email-t"));

    @Test
    void aParticipantWithAPhoneNumberGetsAnSmsInTheirLanguageWithAReferenceNamingOnlyTheSession() {
        // given
        SessionNotice notice = notice(BY_PHONE, NoticeKind.SESSION_CANCELLED, "ar", "ظروف السكن");

        // when
        notices.send(NEWHAM, notice);

        // then
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.channel()).isEqualTo("sms");
            assertThat(call.template()).isEqualTo("sms-t");
            assertThat(call.to()).isEqualTo(PHONE);
            assertThat(call.personalisation().get("message").toString()).startsWith("أُلغي ظروف السكن");
            assertThat(call.reference()).isEqualTo("session-" + notice.sessionId());
        });
        assertThat(recorded).containsExactly(notice);
    }

    @Test
    void aParticipantWithOnlyAnEmailAddressGetsAnEmailWithASubject() {
        // when
        notices.send(NEWHAM, notice(BY_EMAIL, NoticeKind.WAITLIST_PROMOTED, "en", "Housing conditions"));

        // then
        assertThat(calls).singleElement().satisfies(call -> {
            assertThat(call.channel()).isEqualTo("email");
            assertThat(call.template()).isEqualTo("email-t");
            assertThat(call.to()).isEqualTo(EMAIL);
            assertThat(call.personalisation()).containsEntry("subject", "You have a place at Housing conditions");
        });
    }

    @Test
    void aParticipantConsentHasNoContactForIsRecordedLocallyAndSentNothing() {
        // when
        notices.send(NEWHAM, notice(UNREACHABLE, NoticeKind.SESSION_REMINDER, "en", "Housing conditions"));

        // then
        assertThat(calls).isEmpty();
        assertThat(recorded).hasSize(1);
    }

    @Test
    void aRefusalFromNotifyIsLoggedWithoutThePersonsDetailsAndTheNoticeStaysRecorded() {
        // given
        notify.refusing = true;
        SessionNotice notice = notice(BY_PHONE, NoticeKind.SESSION_RESCHEDULED, "en", "Housing conditions");

        // when
        try (LogCapture logs = LogCapture.open()) {
            notices.send(NEWHAM, notice);

            // then
            assertThat(logs.lines())
                    .anySatisfy(
                            line -> assertThat(line).contains(notice.sessionId().toString(), "SESSION_RESCHEDULED"))
                    .noneSatisfy(line -> assertThat(line).containsAnyOf(PHONE, EMAIL, BY_PHONE.toString()));
        }
        assertThat(recorded).containsExactly(notice);
    }

    static SessionNotice notice(UUID ref, NoticeKind kind, String language, String title) {
        return new SessionNotice(
                ParticipantRef.of(ref),
                kind,
                SessionId.random(),
                language,
                Instant.parse("2027-03-01T12:00:00Z"),
                new SessionNotice.About(title, Instant.parse("2027-03-02T18:30:00Z"), "Forest Gate Community Centre"));
    }

    final class Recorded implements SessionNotices {

        @Override
        public void send(Borough borough, SessionNotice notice) {
            recorded.add(notice);
        }

        @Override
        public void forget(Borough borough, ParticipantRef participant) {
            recorded.removeIf(n -> n.participant().equals(participant));
        }
    }
}
