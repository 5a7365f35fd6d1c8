package london.sanctuary.engagement.session;

import java.util.LinkedHashMap;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;

/** One text in several languages, keyed by BCP 47 tag; English is always there. */
public record Texts(Map<String, String> byLanguage) {

    static final int LONGEST = 2000;

    public Texts {
        byLanguage = checked(byLanguage);
    }

    /** Validates as the field {@code field}; the compact constructor names no field. */
    public static Texts of(String field, Map<String, String> byLanguage) {
        try {
            return new Texts(byLanguage);
        } catch (InvalidValue e) {
            throw new InvalidValue(field, e.detail());
        }
    }

    public String english() {
        return byLanguage.get("en");
    }

    private static Map<String, String> checked(Map<String, String> given) {
        if (given == null || !given.containsKey("en")) {
            throw new InvalidValue("texts", "needs an English (en) text");
        }
        Map<String, String> texts = new LinkedHashMap<>();
        given.forEach((tag, text) -> {
            Language language;
            try {
                language = Language.of(tag);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue("texts", "keys must be BCP 47 language tags");
            }
            if (text == null || text.isBlank() || text.length() > LONGEST) {
                throw new InvalidValue("texts", "each text must be 1 to " + LONGEST + " characters");
            }
            texts.put(language.tag(), text.strip());
        });
        return Map.copyOf(texts);
    }
}
