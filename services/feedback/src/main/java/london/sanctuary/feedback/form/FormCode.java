package london.sanctuary.feedback.form;

import java.security.SecureRandom;
import java.util.regex.Pattern;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * The short code in a form's public address ({@code /public/f/7KX9PQ2M}): eight characters from an alphabet
 * without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z, 8/B), so it can be typed from paper. Random, so it says nothing
 * about the borough or the session.
 */
public record FormCode(String value) {

    public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 8;
    private static final Pattern SHAPE = Pattern.compile("^[" + ALPHABET + "]{" + LENGTH + "}$");
    private static final SecureRandom RANDOM = new SecureRandom();

    public FormCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new InvalidValue("code", "is not a form code");
        }
    }

    public static FormCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new FormCode(code.toString());
    }

    /** Whether {@code text} could be a code at all (case-insensitive, as people type it). */
    public static boolean isCode(String text) {
        return text != null
                && SHAPE.matcher(text.toUpperCase(java.util.Locale.ROOT)).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
