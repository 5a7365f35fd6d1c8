package london.sanctuary.platform.notify;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A stand-in for GOV.UK Notify in unit tests (this module's test jar): records each SMS and e-mail asked for, or,
 * while {@code refusing}, refuses them as Notify refuses an address (a {@link NotifyGateway.NotifyFailed}).
 */
public final class RecordingGateway implements NotifyGateway {

    /** One message asked for: {@code sms} or {@code email}, the template, the number or address, and the rest. */
    public record Call(
            String channel, String template, String to, Map<String, Object> personalisation, String reference) {}

    public final List<Call> calls = new CopyOnWriteArrayList<>();
    public volatile boolean refusing;

    @Override
    public void sendSms(String templateId, String phone, Map<String, Object> personalisation, String reference) {
        record("sms", templateId, phone, personalisation, reference);
    }

    @Override
    public void sendEmail(String templateId, String email, Map<String, Object> personalisation, String reference) {
        record("email", templateId, email, personalisation, reference);
    }

    private void record(String channel, String template, String to, Map<String, Object> p, String reference) {
        if (refusing) {
            throw new NotifyFailed("Notify refused (HTTP 400)", null);
        }
        calls.add(new Call(channel, template, to, p, reference));
    }
}
