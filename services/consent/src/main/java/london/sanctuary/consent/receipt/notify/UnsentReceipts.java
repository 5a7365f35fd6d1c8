package london.sanctuary.consent.receipt.notify;

import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.receipt.ConsentReceipt;
import london.sanctuary.consent.receipt.ReceiptPost;
import london.sanctuary.consent.receipt.ReceiptText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without GOV.UK Notify: the receipt is not sent, only recorded — in the audit trail, by the request's
 * {@code consent.receipt-emailed} entry, and in a log line naming the receipt and its language only.
 */
public final class UnsentReceipts implements ReceiptPost {

    private static final Logger log = LoggerFactory.getLogger(UnsentReceipts.class);

    @Override
    public void send(Participant participant, ConsentReceipt receipt, String email, ReceiptText text) {
        log.info(
                "Receipt {} ({}) recorded, not e-mailed: GOV.UK Notify is not configured",
                receipt.receiptId(),
                receipt.language());
    }
}
