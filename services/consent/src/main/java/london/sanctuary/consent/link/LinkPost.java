package london.sanctuary.consent.link;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/** Where a personal link goes out by text message: GOV.UK Notify, or a local record that it would have been sent. */
public interface LinkPost {

    /**
     * Texts {@code address} (the link) to {@code phone}, worded in {@code language}; the reference names no one.
     *
     * @throws RuntimeException a refusal ({@link london.sanctuary.contracts.refusal.RuleBroken} on {@code phone}) or
     *     an outage, answered by the platform
     */
    void send(Borough borough, String phone, Language language, String address);
}
