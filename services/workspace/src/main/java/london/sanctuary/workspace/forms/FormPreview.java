package london.sanctuary.workspace.forms;

import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Language;

/**
 * A form as the participant sees it in one language: each text in that language or, where it has none, in English
 * marked {@code lang="en" dir="ltr"} (as the public page does), inside a page part whose {@code lang} and
 * {@code dir} are the language's.
 */
public record FormPreview(String lang, String dir, String language, Text title, List<Item> questions) {

    /** A text and the language it is really in (null when it is the preview's). */
    public record Text(String text, String lang, String dir) {}

    /** One question with its choices. */
    public record Item(String id, String type, boolean required, Text text, List<Text> choices) {}

    static FormPreview of(FormDetails form, Language language) {
        return new FormPreview(
                language.tag(),
                direction(language),
                language.englishName() + " (" + language.autonym() + ")",
                text(form.title(), language),
                form.questions().stream()
                        .map(q -> new Item(
                                q.id(),
                                q.type(),
                                q.required(),
                                text(q.text(), language),
                                q.choices().stream()
                                        .map(c -> text(c.text(), language))
                                        .toList()))
                        .toList());
    }

    private static Text text(Map<String, String> texts, Language language) {
        String own = texts.get(language.tag());
        if (own != null) {
            return new Text(own, null, null);
        }
        return new Text(texts.get("en"), "en", "ltr");
    }

    private static String direction(Language language) {
        return language.rightToLeft() ? "rtl" : "ltr";
    }
}
