package london.sanctuary.consent.receipt;

import london.sanctuary.consent.participant.Participant;

/** Where an emailed receipt goes out: GOV.UK Notify, or a local record of what would have been sent. */
public interface ReceiptPost {

    /**
     * Sends {@code text} to {@code email}; the reference names the receipt, never the person.
     *
     * @throws RuntimeException a refusal ({@link london.sanctuary.contracts.refusal.RuleBroken} on {@code email})
     *     or an outage, answered by the platform
     */
    void send(Participant participant, ConsentReceipt receipt, String email, ReceiptText text);
}
