package london.sanctuary.actions.board;

import java.time.LocalDate;
import java.util.List;

/**
 * The public "you said, we did" board of a borough, in one language: what people said (theme labels) and what the
 * borough did, each statement in the chosen language or else English.
 *
 * @param language the chosen language's tag, for {@code <html lang>}
 * @param rightToLeft whether the chosen language is written right to left
 * @param languages the languages the board can be read in, for the picker
 */
public record Board(
        String borough,
        String boroughName,
        String language,
        boolean rightToLeft,
        List<LanguageChoice> languages,
        List<Entry> entries) {

    /**
     * One ended action: the themes heard, how many responses were behind it ({@code voices}, and as the board's
     * language writes the number), the statement with the language it is actually in, and the day it ended (also
     * written in the board's language), with the quotes that may be published.
     */
    public record Entry(
            List<Heard> youSaid,
            int voices,
            String voicesShown,
            List<QuoteShown> quotes,
            String weDid,
            String weDidLanguage,
            boolean weDidRightToLeft,
            boolean done,
            LocalDate completedOn,
            String completedOnShown) {}

    /** Words of a person heard who agreed to be quoted, in the language they wrote them in. */
    public record QuoteShown(String text, String language, boolean rightToLeft) {}

    /** A theme heard, by its code (for its translated label) and its English label from the reference list. */
    public record Heard(String code, String label) {}

    /** A language in the picker, by its own name. */
    public record LanguageChoice(String tag, String name, boolean chosen) {}
}
