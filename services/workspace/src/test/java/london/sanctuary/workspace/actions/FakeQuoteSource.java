package london.sanctuary.workspace.actions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.services.ServiceUnavailable;

/** The feedback service as the actions pages need it: the answers that may be quoted, and the themes' labels. */
class FakeQuoteSource implements QuoteSource {

    static final Quotable DARI = new Quotable(
            FakeActionBoard.TI_RESPONSE.toString(),
            "q1",
            "What should we change?",
            "غذای هتل همیشه سرد است و بچه ها گرسنه می مانند",
            "prs",
            LocalDate.parse("2026-11-30"),
            new TranslationBeside("en", "The hotel food is always cold and the children stay hungry"));
    static final Quotable ENGLISH = new Quotable(
            FakeActionBoard.AR_RESPONSE.toString(),
            "q1",
            "What should we change?",
            "Breakfast ends at nine, before we are back from the school run.",
            "en",
            LocalDate.parse("2026-11-29"),
            null);

    final List<Quotable> quotable = new ArrayList<>();
    final List<String> asked = new ArrayList<>();
    boolean unavailable;

    void reset() {
        unavailable = false;
        quotable.clear();
        quotable.addAll(List.of(DARI, ENGLISH));
        asked.clear();
    }

    @Override
    public List<Quotable> quotable(String borough, String theme) {
        asked.add(theme);
        if (unavailable) {
            throw new ServiceUnavailable("feedback", 503);
        }
        return "food".equals(theme) ? List.copyOf(quotable) : List.of();
    }

    @Override
    public Map<String, String> themeLabels(String borough) {
        return Map.of("food", "Food in the hotels");
    }
}
