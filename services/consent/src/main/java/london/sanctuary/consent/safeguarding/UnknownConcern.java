package london.sanctuary.consent.safeguarding;

import london.sanctuary.contracts.refusal.NotFound;

/** No such concern in this borough: the platform's one 404 wording. */
public class UnknownConcern extends NotFound {

    public UnknownConcern() {
        super("Concern");
    }
}
