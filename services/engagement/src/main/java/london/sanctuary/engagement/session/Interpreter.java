package london.sanctuary.engagement.session;

import java.util.regex.Pattern;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * An interpreter booked for a session: the language (BCP 47; British Sign Language is {@code bfi} with
 * {@code bsl} set), optionally a dialect such as "Sorani" or "Levantine".
 */
public record Interpreter(Language language, String dialect, boolean bsl) {

    private static final Pattern DIALECT = Pattern.compile("^[\\p{L} '()-]{1,60}$");

    public Interpreter {
        if (language == null) {
            throw new InvalidValue("interpreters.language", "is required");
        }
        if (dialect != null && (dialect.isBlank() || !DIALECT.matcher(dialect).matches())) {
            throw new InvalidValue("interpreters.dialect", "must be a dialect name of up to 60 letters");
        }
    }

    public static Interpreter of(String tag, String dialect, boolean bsl) {
        try {
            return new Interpreter(Language.of(tag), dialect, bsl);
        } catch (InvalidValue e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("interpreters.language", "must be a BCP 47 language tag");
        }
    }
}
