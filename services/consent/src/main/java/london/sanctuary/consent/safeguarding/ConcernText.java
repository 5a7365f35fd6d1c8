package london.sanctuary.consent.safeguarding;

import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * The free text of a concern (what was seen, what was done): personal data, bounded and required. Refusals name
 * the field and never repeat the text.
 */
public final class ConcernText {

    /** The longest text a concern's summary or action taken may be. */
    public static final int MAX_LENGTH = 4000;

    private ConcernText() {}

    public static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, "is required");
        }
        String stripped = text.strip();
        if (stripped.length() > MAX_LENGTH) {
            throw new InvalidValue(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return stripped;
    }
}
