package london.sanctuary.workspace.sessions;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code on a participant's QR card, and in its QR: ten characters from an alphabet without look-alikes (no 0/O,
 * 1/I/L, 5/S, 2/Z, 8/B), printed in two groups ({@code 7KX9P-Q2MAC}) so an officer can type it when the camera
 * fails. It is not the participant's reference and says nothing about them (decision 0036, {@link CardCodes}).
 */
public record CardCode(String value) {

    public static final String ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY";
    public static final int LENGTH = 10;
    private static final Pattern SHAPE = Pattern.compile("^[" + ALPHABET + "]{" + LENGTH + "}$");

    public CardCode {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("not a card code");
        }
    }

    /** What a scanner or an officer typed, as people type it (small letters, spaces, a dash), if it is a code. */
    public static Optional<CardCode> typed(String text) {
        String code = text == null ? "" : text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        return SHAPE.matcher(code).matches() ? Optional.of(new CardCode(code)) : Optional.empty();
    }

    /** As printed under the QR code, in two groups of five. */
    public String printed() {
        return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
    }

    @Override
    public String toString() {
        return value;
    }
}
