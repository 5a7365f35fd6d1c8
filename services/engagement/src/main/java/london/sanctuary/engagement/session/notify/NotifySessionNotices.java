package london.sanctuary.engagement.session.notify;

import java.util.Map;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.SessionNotice;
import london.sanctuary.engagement.session.SessionNotices;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.NotifyGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends session notices through GOV.UK Notify, in the participant's language: by SMS when the consent service
 * has a phone number for them, else by email ({@code ((subject))} and {@code ((message))} in both templates). Each
 * notice is first recorded locally as before ({@code notices_sent}, no contact details), so the record of what
 * we told whom, and its erasure, do not depend on Notify. Contact details are asked for at the moment of sending
 * (consent answers only while RECONTACT holds) and kept nowhere; the reference names the session, never the person.
 * No contact, or a refusal from Notify, means not sent: logged by session and kind only.
 */
public final class NotifySessionNotices implements SessionNotices {

    private static final Logger log = LoggerFactory.getLogger(NotifySessionNotices.class);

    private final SessionNotices record;
    private final ContactDirectory contacts;
    private final NotifyGateway notify;
    private final SessionNoticeTexts texts;
    private final Templates templates;

    public NotifySessionNotices(
            SessionNotices record, ContactDirectory contacts, NotifyGateway notify, Templates templates) {
        this.record = record;
        this.contacts = contacts;
        this.notify = notify;
        this.texts = new SessionNoticeTexts();
        this.templates = templates;
    }

    @Override
    public void send(Borough borough, SessionNotice notice) {
        record.send(borough, notice);
        Optional<ContactDirectory.Contact> contact =
                contacts.find(borough, notice.participant().value());
        if (contact.isEmpty()) {
            log.info("A {} notice for session {} was not sent: no contact", notice.kind(), notice.sessionId());
            return;
        }
        Map<String, Object> personalisation =
                Map.of("subject", texts.subject(notice), "message", texts.message(notice));
        String reference = "session-" + notice.sessionId();
        try {
            notify.send(contact.get(), templates.sms(), templates.email(), personalisation, reference);
        } catch (NotifyGateway.NotifyFailed e) {
            // No person's details in the log line: the session and the kind are enough to find the notice again.
            log.warn("A {} notice for session {} was not sent: {}", notice.kind(), notice.sessionId(), e.getMessage());
        }
    }

    @Override
    public void forget(Borough borough, ParticipantRef participant) {
        record.forget(borough, participant);
    }

    /** The Notify template ids, each with {@code ((subject))} and {@code ((message))}. */
    public record Templates(String sms, String email) {}
}
