package london.sanctuary.proof.security.personaldata;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What to look for (the traces of some people) and what was found: where, and whose field it was. */
final class Traces {

    /** One trace found: where it was and what it was (a field and a participantRef, never the value). */
    record Hit(String where, String what) {}

    private final Map<String, String> traces = new HashMap<>();

    Traces(Collection<Person> people) {
        people.forEach(person -> traces.putAll(person.traces()));
        if (traces.isEmpty()) {
            throw new IllegalArgumentException("no one to look for");
        }
    }

    /** Looks for {@code trace} too (matched without regard to case), reported as {@code what}. */
    Traces and(String trace, String what) {
        traces.put(trace.toLowerCase(Locale.ROOT), what);
        return this;
    }

    int size() {
        return traces.size();
    }

    List<Hit> in(String where, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<Hit> hits = new ArrayList<>();
        traces.forEach((trace, what) -> {
            if (lower.contains(trace)) {
                hits.add(new Hit(where, what));
            }
        });
        return hits;
    }
}
