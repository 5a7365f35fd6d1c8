package london.sanctuary.actions.action;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.Borough;

/** Actions in each state, raised at a fixed time in Newham. */
public final class ActionFixtures {

    public static final Instant RAISED_AT = Instant.parse("2026-11-02T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(RAISED_AT, ZoneOffset.UTC);
    public static final Borough NEWHAM = Borough.of("newham");

    private ActionFixtures() {}

    public static RaiseAction raiseFor(String... themes) {
        return new RaiseAction(
                List.of(themes).stream().map(ThemeCode::of).toList(),
                List.of(UUID.randomUUID()),
                "Better food in the hotel",
                "Housing needs team",
                LocalDate.parse("2026-12-31"));
    }

    public static Action proposed(String... themes) {
        Action action = Action.raise(ActionId.random(), NEWHAM, raiseFor(themes), "newham-lead", null, CLOCK);
        return restored(action, ActionStatus.PROPOSED, null);
    }

    public static Action inStatus(ActionStatus status, String... themes) {
        return restored(proposed(themes), status, null);
    }

    public static Action done(Wording statement, String... themes) {
        return restored(proposed(themes), ActionStatus.DONE, statement);
    }

    public static Wording wording(String... languageThenText) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < languageThenText.length; i += 2) {
            texts.put(languageThenText[i], languageThenText[i + 1]);
        }
        return Wording.fromTags("statement", texts);
    }

    private static Action restored(Action action, ActionStatus status, Wording statement) {
        return Action.restore(new Action.Stored(
                action.id(),
                action.borough(),
                action.raised(),
                action.raisedBy(),
                action.raisedAt(),
                0,
                List.of(),
                status,
                statement,
                statement == null ? null : RAISED_AT,
                null,
                null,
                statement == null ? null : LocalDate.parse("2027-05-02"),
                List.of()));
    }
}
