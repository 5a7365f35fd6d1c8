package london.sanctuary.consent.receipt.web;

import london.sanctuary.consent.participant.web.RefInPath;
import london.sanctuary.consent.receipt.ConsentReceipt;
import london.sanctuary.consent.receipt.ReceiptMail;
import london.sanctuary.consent.receipt.Receipts;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A participant's consent receipt, to hand to them. */
@RestController
class ReceiptController {

    private final Receipts receipts;
    private final ReceiptMail mail;

    ReceiptController(Receipts receipts, ReceiptMail mail) {
        this.receipts = receipts;
        this.mail = mail;
    }

    @Audited("consent.receipt-read")
    @GetMapping("/api/boroughs/{borough}/participants/{ref}/receipt")
    ConsentReceipt receipt(@PathVariable String borough, @PathVariable String ref) {
        return receipts.issue(Borough.of(borough), RefInPath.read(ref));
    }

    /**
     * Emails the receipt, in its language, to the address on the person's record (officers). 202 with the
     * receipt; 422 {@code email} when there is none or Notify refuses it; 503 while Notify is unreachable.
     */
    @Audited("consent.receipt-emailed")
    @PostMapping("/api/boroughs/{borough}/participants/{ref}/receipt/email")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ConsentReceipt email(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.OFFICER);
        return mail.send(Borough.of(borough), RefInPath.read(ref));
    }
}
