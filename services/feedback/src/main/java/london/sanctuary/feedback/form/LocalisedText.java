package london.sanctuary.feedback.form;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * One text in several languages, by BCP 47 tag. English is required: it is the fallback when a language has
 * no text of its own, and what staff read.
 */
public record LocalisedText(Map<Language, String> texts) {

    public static final Language ENGLISH = Language.of("en");
    static final int MAX_LENGTH = 1000;

    public LocalisedText {
        texts = Map.copyOf(texts);
    }

    /** From tags to texts as a request carries them; {@code field} names the text in any refusal. */
    public static LocalisedText of(String field, Map<String, String> byTag) {
        if (byTag == null || byTag.isEmpty()) {
            throw new InvalidValue(field, "needs a text in English (en)");
        }
        Map<Language, String> texts = new LinkedHashMap<>();
        byTag.forEach((tag, text) -> texts.put(language(field, tag), text(field + "." + tag, text)));
        if (!texts.containsKey(ENGLISH)) {
            throw new InvalidValue(field, "needs a text in English (en)");
        }
        return new LocalisedText(texts);
    }

    /** The text in {@code language}, else in its primary language ({@code ar} for {@code ar-SY}), else English. */
    public String in(Language language) {
        return texts.get(languageOf(language));
    }

    /** The language {@link #in} answers in: {@code language}, else its primary language, else English. */
    public Language languageOf(Language language) {
        if (texts.containsKey(language)) {
            return language;
        }
        String primary = language.tag().split("-")[0];
        return texts.keySet().stream()
                .filter(l -> l.tag().equals(primary))
                .findFirst()
                .orElse(ENGLISH);
    }

    public String english() {
        return texts.get(ENGLISH);
    }

    /** English first, then the others by tag. */
    public List<Language> languages() {
        List<Language> languages = new ArrayList<>(texts.keySet());
        languages.sort((a, b) ->
                a.equals(ENGLISH) ? -1 : b.equals(ENGLISH) ? 1 : a.tag().compareTo(b.tag()));
        return languages;
    }

    /** As tags to texts, for storing and showing. */
    public Map<String, String> byTag() {
        Map<String, String> byTag = new LinkedHashMap<>();
        languages().forEach(l -> byTag.put(l.tag(), texts.get(l)));
        return byTag;
    }

    private static Language language(String field, String tag) {
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue(field, "has a key that is not a BCP 47 language tag");
        }
    }

    private static String text(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidValue(field, "must not be blank");
        }
        if (text.length() > MAX_LENGTH) {
            throw new InvalidValue(field, "must be at most " + MAX_LENGTH + " characters");
        }
        return text.strip();
    }
}
