package london.sanctuary.platform.notify;

import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/**
 * {@link NotifyGateway} over the GOV.UK Notify Java client. A failure names what was refused and Notify's HTTP
 * status only: never the number, the address or the message, which are personal data.
 */
public final class NotificationClientGateway implements NotifyGateway {

    private final NotificationClient client;

    /** Notify itself, at {@code https://api.notifications.service.gov.uk}. */
    public NotificationClientGateway(String apiKey) {
        this.client = new NotificationClient(apiKey);
    }

    /** Notify at {@code baseUrl}: another Notify environment, or a local stand-in in tests. */
    public NotificationClientGateway(String apiKey, String baseUrl) {
        this.client = new NotificationClient(apiKey, baseUrl);
    }

    @Override
    public void sendSms(String templateId, String phoneNumber, Map<String, Object> personalisation, String reference) {
        try {
            client.sendSms(templateId, phoneNumber, personalisation, reference);
        } catch (NotificationClientException e) {
            throw failure("an SMS", e);
        }
    }

    @Override
    public void sendEmail(
            String templateId, String emailAddress, Map<String, Object> personalisation, String reference) {
        try {
            client.sendEmail(templateId, emailAddress, personalisation, reference);
        } catch (NotificationClientException e) {
            throw failure("an email", e);
        }
    }

    private static NotifyFailed failure(String what, NotificationClientException e) {
        int status = e.getHttpResult();
        String detail = "Notify did not accept " + what + " (HTTP " + status + ")";
        boolean transientFailure = status == 0 || status == 429 || status >= 500;
        return transientFailure ? new NotifyUnavailable(detail, e) : new NotifyFailed(detail, e);
    }
}
