package london.sanctuary.actions.action;

import java.util.LinkedHashMap;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Text a participant reads, per language: a "we did" statement or the reason an action was not possible.
 * English is required, so there is always something to fall back to.
 */
public record Wording(Map<Language, String> texts) {

    public static final Language ENGLISH = Language.of("en");
    private static final int LONGEST = 2000;

    public Wording {
        if (texts == null || texts.isEmpty()) {
            throw new InvalidValue("statement", "give the text in English at least");
        }
        texts.forEach((language, text) -> {
            if (text == null || text.isBlank() || text.length() > LONGEST) {
                throw new InvalidValue("statement", "each language's text must be 1 to " + LONGEST + " characters");
            }
        });
        if (!texts.containsKey(ENGLISH)) {
            throw new InvalidValue("statement", "give the text in English at least");
        }
        texts = Map.copyOf(new LinkedHashMap<>(texts));
    }

    /** Builds a wording from language tags as sent, naming {@code field} when a tag or text is wrong. */
    public static Wording fromTags(String field, Map<String, String> byTag) {
        if (byTag == null) {
            throw new InvalidValue(field, "give the text in English at least");
        }
        Map<Language, String> texts = new LinkedHashMap<>();
        byTag.forEach((tag, text) -> texts.put(language(field, tag), text));
        try {
            return new Wording(texts);
        } catch (InvalidValue e) {
            throw new InvalidValue(field, e.detail());
        }
    }

    /** The text in {@code language}, else in English. */
    public String in(Language language) {
        return texts.getOrDefault(language, texts.get(ENGLISH));
    }

    public Map<String, String> byTag() {
        Map<String, String> byTag = new LinkedHashMap<>();
        texts.forEach((language, text) -> byTag.put(language.tag(), text));
        return byTag;
    }

    private static Language language(String field, String tag) {
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "each key must be a BCP 47 language tag, such as en or ar");
        }
    }
}
