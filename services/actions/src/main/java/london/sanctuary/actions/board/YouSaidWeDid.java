package london.sanctuary.actions.board;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import london.sanctuary.actions.action.Action;
import london.sanctuary.actions.action.Actions;
import london.sanctuary.actions.action.ThemeCode;
import london.sanctuary.actions.action.Wording;
import london.sanctuary.actions.quote.QuoteDesk;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/** Builds a borough's public board from its ended actions. */
public final class YouSaidWeDid {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int SHOWN = 100;
    private final Actions actions;
    private final ReferenceNames names;
    private final QuoteDesk quotes;

    public YouSaidWeDid(Actions actions, ReferenceNames names, QuoteDesk quotes) {
        this.actions = actions;
        this.names = names;
        this.quotes = quotes;
    }

    /**
     * The board in {@code requested}, or in English when that is not a language the board has: every language of
     * the reference list, and any other a statement is written in.
     */
    public Board board(Borough borough, String requested) {
        List<Action> ended = actions.completed(borough, SHOWN);
        Set<String> tags = new TreeSet<>(
                Comparator.comparing((String t) -> !t.equals("en")).thenComparing(t -> t));
        // every language the board's wording is in (actions/messages*), and any a statement is written in
        Language.known().forEach(language -> tags.add(language.tag()));
        ended.forEach(a -> a.statement().ifPresent(s -> tags.addAll(s.byTag().keySet())));
        Language chosen = tags.contains(canonical(requested)) ? Language.of(canonical(requested)) : Wording.ENGLISH;
        List<Board.LanguageChoice> choices = tags.stream()
                .map(tag -> new Board.LanguageChoice(tag, names.autonym(Language.of(tag)), tag.equals(chosen.tag())))
                .toList();
        List<Board.Entry> entries = ended.stream().map(a -> entry(a, chosen)).toList();
        return new Board(borough.code(), borough.name(), chosen.tag(), chosen.rightToLeft(), choices, entries);
    }

    private Board.Entry entry(Action action, Language chosen) {
        Wording statement = action.statement().orElseThrow();
        Language shownIn = statement.texts().containsKey(chosen) ? chosen : Wording.ENGLISH;
        Locale locale = locale(chosen.tag());
        LocalDate completedOn =
                action.completedAt().map(at -> LocalDate.ofInstant(at, LONDON)).orElse(null);
        int voices = action.feedbackResponseIds().size();
        return new Board.Entry(
                action.themes().stream()
                        .map(ThemeCode::code)
                        .map(code -> new Board.Heard(code, names.theme(code)))
                        .toList(),
                voices,
                NumberFormat.getIntegerInstance(locale).format(voices),
                quotes.shown(action.borough(), action.id()).stream()
                        .map(q -> new Board.QuoteShown(
                                q.text(), q.language().tag(), q.language().rightToLeft()))
                        .toList(),
                statement.in(shownIn),
                shownIn.tag(),
                shownIn.rightToLeft(),
                action.status() == ActionStatus.DONE,
                completedOn,
                completedOn == null ? null : day(completedOn, locale));
    }

    /** The language's own way with numbers and dates; English as written in London. */
    static Locale locale(String tag) {
        return tag.equals("en") ? Locale.UK : Locale.forLanguageTag(tag);
    }

    /** The day as the language writes it, in its own digits (Persian digits for {@code fa}). */
    static String day(LocalDate day, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale)
                .withDecimalStyle(DecimalStyle.of(locale))
                .format(day);
    }

    private static String canonical(String requested) {
        try {
            return requested == null ? "en" : Language.of(requested).tag();
        } catch (IllegalArgumentException e) {
            return "en";
        }
    }
}
