package london.sanctuary.referrals.referral;

import london.sanctuary.contracts.refusal.InvalidValue;

/** Free-text rules: stripped, blank means absent, bounded, no control characters. */
final class FreeText {

    private FreeText() {}

    static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidValue(field, "must be at most " + max + " characters");
        }
        if (stripped.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n')) {
            throw new InvalidValue(field, "must not contain control characters");
        }
        return stripped;
    }
}
