package london.sanctuary.dashboard.attack;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FactIncrements;
import london.sanctuary.dashboard.figures.Increment;

/**
 * The unknowns of the attack: every counter (dimension, borough, week, key) the facts fill, with its true count.
 * An attacker can tell which exist (a row or column shows only what has a counter), not how much they hold.
 */
record Atoms(List<Atom> all) {

    record Atom(int index, Dimension dimension, LocalDate monday, Counted counted) {}

    static Atoms of(GeneratedFacts data) {
        Map<String, Increment> byId = new LinkedHashMap<>();
        for (GeneratedFacts.Fact fact : data.facts()) {
            for (Increment i : FactIncrements.of(fact.fact())) {
                byId.merge(
                        i.id(),
                        i,
                        (a, b) ->
                                new Increment(a.dimension(), a.borough(), a.week(), a.key(), a.amount() + b.amount()));
            }
        }
        List<Atom> atoms = new ArrayList<>();
        for (Increment i : byId.values()) {
            atoms.add(new Atom(
                    atoms.size(), i.dimension(), i.week().monday(), new Counted(i.borough(), i.key(), i.amount())));
        }
        return new Atoms(List.copyOf(atoms));
    }

    /** The atoms a query of these filters counts, as the store selects them. */
    List<Atom> within(LocalDate from, LocalDate to, Optional<String> borough, Optional<String> sessionType) {
        LocalDate first = from.with(DayOfWeek.MONDAY);
        return all.stream()
                .filter(a -> !a.monday().isBefore(first) && !a.monday().isAfter(to))
                .filter(a -> borough.map(a.counted().borough()::equals).orElse(true))
                .filter(a -> !a.dimension().isBySessionType()
                        || sessionType.map(a.counted().key(0)::equals).orElse(true))
                .toList();
    }

    long truth(java.util.BitSet set) {
        return set.stream().mapToLong(i -> all.get(i).counted().count()).sum();
    }
}
