package london.sanctuary.platform.notify;

import java.util.Map;

/** The part of GOV.UK Notify the services use: an SMS or an email from a template, with a reference naming no one. */
public interface NotifyGateway {

    void sendSms(String templateId, String phoneNumber, Map<String, Object> personalisation, String reference);

    void sendEmail(String templateId, String emailAddress, Map<String, Object> personalisation, String reference);

    /** To someone's contact: by SMS where they gave a phone, else by e-mail. */
    default void send(
            ContactDirectory.Contact to,
            String smsTemplateId,
            String emailTemplateId,
            Map<String, Object> personalisation,
            String reference) {
        if (to.phone() != null) {
            sendSms(smsTemplateId, to.phone(), personalisation, reference);
        } else {
            sendEmail(emailTemplateId, to.email(), personalisation, reference);
        }
    }

    /** Notify refused the notice, or could not be reached. */
    class NotifyFailed extends RuntimeException {

        public NotifyFailed(String detail, Throwable cause) {
            super(detail, cause);
        }
    }

    /** A failure worth trying again: Notify unreachable, overloaded (429) or failing (5xx). */
    class NotifyUnavailable extends NotifyFailed {

        public NotifyUnavailable(String detail, Throwable cause) {
            super(detail, cause);
        }
    }
}
