package london.sanctuary.actions.loop.notify;

import java.util.Map;
import java.util.Optional;
import london.sanctuary.actions.loop.LoopNotices;
import london.sanctuary.actions.loop.Notice;
import london.sanctuary.platform.notify.ContactDirectory;
import london.sanctuary.platform.notify.NotifyGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends notices through GOV.UK Notify: by SMS when the participant has a phone number, else by email, with the
 * statement as the template's {@code statement}. The reference names the action only, never the person. A
 * participant with no contact details, or a refusal from Notify, counts as not sent; the rest still go.
 */
public final class NotifyLoopNotices implements LoopNotices {

    private static final Logger log = LoggerFactory.getLogger(NotifyLoopNotices.class);

    private final ContactDirectory contacts;
    private final NotifyGateway notify;
    private final String smsTemplateId;
    private final String emailTemplateId;

    public NotifyLoopNotices(
            ContactDirectory contacts, NotifyGateway notify, String smsTemplateId, String emailTemplateId) {
        this.contacts = contacts;
        this.notify = notify;
        this.smsTemplateId = smsTemplateId;
        this.emailTemplateId = emailTemplateId;
    }

    @Override
    public boolean send(Notice notice) {
        Optional<ContactDirectory.Contact> contact = contacts.find(notice.borough(), notice.participantRef());
        if (contact.isEmpty()) {
            return false;
        }
        Map<String, Object> personalisation = Map.of("statement", notice.text());
        String reference = "action-" + notice.actionId();
        try {
            notify.send(contact.get(), smsTemplateId, emailTemplateId, personalisation, reference);
            return true;
        } catch (NotifyGateway.NotifyFailed e) {
            // No person's details in the log line: the action is enough to find the notice again.
            log.warn("A notice for action {} was not sent: {}", notice.actionId(), e.getMessage());
            return false;
        }
    }
}
