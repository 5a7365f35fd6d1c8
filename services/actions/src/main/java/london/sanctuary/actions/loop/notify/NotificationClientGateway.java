package london.sanctuary.actions.loop.notify;

import java.util.Map;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

/** {@link NotifyGateway} over the GOV.UK Notify Java client. */
public final class NotificationClientGateway implements NotifyGateway {

    private final NotificationClient client;

    public NotificationClientGateway(String apiKey) {
        this.client = new NotificationClient(apiKey);
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
