package london.sanctuary.consent.receipt.web;

import london.sanctuary.consent.participant.web.RefInPath;
import london.sanctuary.consent.receipt.ConsentReceipt;
import london.sanctuary.consent.receipt.Receipts;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.audit.Audited;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A participant's consent receipt, to hand to them. */
@RestController
class ReceiptController {

    private final Receipts receipts;

    ReceiptController(Receipts receipts) {
        this.receipts = receipts;
    }

    @Audited("consent.receipt-read")
    @GetMapping("/api/boroughs/{borough}/participants/{ref}/receipt")
    ConsentReceipt receipt(@PathVariable String borough, @PathVariable String ref) {
        return receipts.issue(Borough.of(borough), RefInPath.read(ref));
    }
}
