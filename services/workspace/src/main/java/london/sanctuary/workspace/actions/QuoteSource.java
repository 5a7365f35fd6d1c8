package london.sanctuary.workspace.actions;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.contracts.Language;

/**
 * The actions feature's port to the feedback service (implemented by {@link FeedbackQuoteSource}; faked in page
 * tests): the answers behind a theme whose writers agreed to be quoted, and the labels of the borough's themes.
 */
public interface QuoteSource {

    /** The written answers behind the theme whose writers hold PUBLISH_QUOTE now, newest first. */
    List<Quotable> quotable(String borough, String theme);

    /** The answers behind any of the themes, each once, leaving out the responses already quoted. */
    default List<Quotable> quotable(String borough, List<String> themes, Collection<String> quotedResponses) {
        Map<String, Quotable> byKey = new LinkedHashMap<>();
        themes.forEach(t -> quotable(borough, t).forEach(q -> byKey.putIfAbsent(q.key(), q)));
        return byKey.values().stream()
                .filter(q -> !quotedResponses.contains(q.responseId()))
                .toList();
    }

    /** Theme code to its label, retired themes too; empty when the feedback service cannot say (codes are shown). */
    Map<String, String> themeLabels(String borough);

    /** A written answer that may be quoted; never who wrote it. The translation, when there is one, is staff's. */
    record Quotable(
            String responseId,
            String questionId,
            String question,
            String answer,
            String language,
            LocalDate answeredOn,
            TranslationBeside translation) {

        /** The form field names of this answer on a page: {@code <responseId>.<questionId>}. */
        public String key() {
            return responseId + "." + questionId;
        }

        /** The language written in, by English name and autonym ("Dari (دری)"); the tag when it is not on the list. */
        public String languageName() {
            return QuoteSource.language(language)
                    .map(l -> l.englishName() + " (" + l.autonym() + ")")
                    .orElse(language);
        }

        public boolean rightToLeft() {
            return QuoteSource.language(language).map(Language::rightToLeft).orElse(false);
        }
    }

    /** The language of a tag the services gave; none when it is not a language the platform knows. */
    static Optional<Language> language(String tag) {
        try {
            return Optional.of(Language.of(tag));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    /** A staff translation beside the answer: not the person's words, never published. */
    record TranslationBeside(String language, String text) {

        public boolean rightToLeft() {
            return QuoteSource.language(language).map(Language::rightToLeft).orElse(false);
        }
    }
}
