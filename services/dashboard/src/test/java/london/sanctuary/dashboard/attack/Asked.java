package london.sanctuary.dashboard.attack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.dashboard.figures.View;

/** One request of the attack: who asks (an officer's borough, or the analyst), the period and the filters. */
public record Asked(
        Optional<String> officer,
        LocalDate from,
        LocalDate to,
        Optional<String> borough,
        Optional<String> sessionType) {

    public View view() {
        return officer.map(View::beside).orElseGet(View::london);
    }

    /** The summary's query string. */
    public String query() {
        return "from=" + from + "&to=" + to + "&borough=" + borough.orElse("") + "&sessionType="
                + sessionType.orElse("");
    }

    /**
     * Every request the API answers differently for these data: every run of whole weeks as the period, every
     * borough filter an analyst may set (none, or a borough with data) and every session type (or none), as the
     * analyst and as each officer (whose borough filter can only repeat their own, which changes nothing).
     */
    public static List<Asked> everyView(GeneratedFacts data, List<String> officers) {
        List<Optional<String>> types = new ArrayList<>(List.of(Optional.empty()));
        for (SessionType type : SessionType.values()) {
            types.add(Optional.of(type.name()));
        }
        List<Optional<String>> boroughs = new ArrayList<>(List.of(Optional.empty()));
        data.boroughs().forEach(b -> boroughs.add(Optional.of(b)));
        List<Asked> out = new ArrayList<>();
        for (int first = 0; first < data.weeks(); first++) {
            for (int last = first; last < data.weeks(); last++) {
                LocalDate from = data.firstMonday().plusWeeks(first);
                LocalDate to = data.firstMonday().plusWeeks(last).plusDays(6);
                for (Optional<String> type : types) {
                    boroughs.forEach(b -> out.add(new Asked(Optional.empty(), from, to, b, type)));
                    officers.forEach(o -> out.add(new Asked(Optional.of(o), from, to, Optional.empty(), type)));
                }
            }
        }
        return out;
    }
}
