package london.sanctuary.consent.receipt.notify;

import java.util.Map;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.receipt.ConsentReceipt;
import london.sanctuary.consent.receipt.ReceiptPost;
import london.sanctuary.consent.receipt.ReceiptText;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.platform.notify.NotifyGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Emails receipts through GOV.UK Notify ({@code ((subject))} and {@code ((message))} in the template), with the
 * reference {@code receipt-<id>}. A refused address is 422 {@code email}; an outage passes on as
 * {@link NotifyGateway.NotifyUnavailable} (503). Log lines name the receipt, never the person or the address.
 */
public final class NotifyReceiptPost implements ReceiptPost {

    private static final Logger log = LoggerFactory.getLogger(NotifyReceiptPost.class);

    private final NotifyGateway notify;
    private final String templateId;

    public NotifyReceiptPost(NotifyGateway notify, String templateId) {
        this.notify = notify;
        this.templateId = templateId;
    }

    @Override
    public void send(Participant participant, ConsentReceipt receipt, String email, ReceiptText text) {
        try {
            notify.sendEmail(
                    templateId,
                    email,
                    Map.of("subject", text.subject(), "message", text.message()),
                    "receipt-" + receipt.receiptId());
        } catch (NotifyGateway.NotifyUnavailable e) {
            throw e;
        } catch (NotifyGateway.NotifyFailed e) {
            log.warn("Receipt {} was not e-mailed: {}", receipt.receiptId(), e.getMessage());
            throw new RuleBroken("email", "GOV.UK Notify would not send to the e-mail address on record; check it");
        }
    }
}
