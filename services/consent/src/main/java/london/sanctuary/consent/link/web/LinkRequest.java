package london.sanctuary.consent.link.web;

import london.sanctuary.contracts.refusal.InvalidValue;

/** How staff give the person their new link: {@code text} (an SMS through Notify) or {@code card} (printed). */
record LinkRequest(String delivery) {

    /** Whether the link goes by text message; 400 naming {@code delivery} unless it is {@code text} or {@code card}. */
    boolean byText() {
        if (!"text".equals(delivery) && !"card".equals(delivery)) {
            throw new InvalidValue("delivery", "must be text or card");
        }
        return "text".equals(delivery);
    }
}
