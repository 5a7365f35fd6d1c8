package london.sanctuary.consent.link.notify;

import java.util.Locale;
import java.util.Map;
import london.sanctuary.consent.link.LinkPost;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.platform.notify.NotifyGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * Texts the link through GOV.UK Notify (an SMS template whose body is {@code ((message))}), worded in the person's
 * language from {@code personal-link/messages} ({@code sms.message}), with the reference {@code personal-link-<borough>}.
 * A refused number is 422 {@code phone}; an outage passes on as {@link NotifyGateway.NotifyUnavailable} (503).
 */
public final class NotifyLinkPost implements LinkPost {

    private static final Logger log = LoggerFactory.getLogger(NotifyLinkPost.class);
    private final NotifyGateway notify;
    private final String templateId;
    private final MessageSource wording;

    public NotifyLinkPost(NotifyGateway notify, String templateId, MessageSource wording) {
        this.notify = notify;
        this.templateId = templateId;
        this.wording = wording;
    }

    @Override
    public void send(Borough borough, String phone, Language language, String address) {
        String message =
                wording.getMessage("sms.message", new Object[] {address}, Locale.forLanguageTag(language.tag()));
        try {
            notify.sendSms(templateId, phone, Map.of("message", message), "personal-link-" + borough.code());
        } catch (NotifyGateway.NotifyUnavailable e) {
            throw e;
        } catch (NotifyGateway.NotifyFailed e) {
            log.warn("A personal link of {} was not texted: {}", borough, e.getMessage());
            throw new RuleBroken("phone", "GOV.UK Notify would not send to the phone number on record; check it");
        }
    }
}
