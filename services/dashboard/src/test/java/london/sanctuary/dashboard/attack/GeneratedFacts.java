package london.sanctuary.dashboard.attack;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import london.sanctuary.contracts.ActionStatus;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.facts.ActionCompletedFact;
import london.sanctuary.contracts.facts.ActionRaisedFact;
import london.sanctuary.contracts.facts.ConsentRecordedFact;
import london.sanctuary.contracts.facts.FeedbackSubmittedFact;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.facts.LoopClosedFact;
import london.sanctuary.contracts.facts.ReferralOverdueFact;
import london.sanctuary.contracts.facts.ReferralResolvedFact;
import london.sanctuary.contracts.facts.ReferralSentFact;
import london.sanctuary.contracts.facts.SessionHeldFact;

/**
 * Facts of every kind for some boroughs over some consecutive weeks, seeded, with small counts on purpose so
 * that many cells of every view are 1–7: the data a disclosure attack is run on.
 */
public record GeneratedFacts(List<String> boroughs, LocalDate firstMonday, int weeks, List<Fact> facts) {

    /** One fact and the borough whose relay publishes it. */
    public record Fact(Contract fact, String borough) {}

    private static final String[] LANGUAGES = {"ar", "fa-AF", "en", "ti"};
    private static final String[] THEMES = {"housing", "food", "transport"};

    public static GeneratedFacts of(long seed, List<String> boroughs, LocalDate firstMonday, int weeks, int scale) {
        Random random = new Random(seed);
        List<Fact> facts = new ArrayList<>();
        for (int w = 0; w < weeks; w++) {
            for (String b : boroughs) {
                LocalDate on = firstMonday.plusWeeks(w).plusDays(random.nextInt(7));
                for (int i = random.nextInt(4 * scale + 1); i > 0; i--) {
                    facts.add(new Fact(session(random, b, on), b));
                }
                for (int i = random.nextInt(3 * scale + 1); i > 0; i--) {
                    String language = pick(random, LANGUAGES);
                    CaptureMethod method = pick(random, CaptureMethod.values());
                    String theme = pick(random, THEMES);
                    facts.add(new Fact(new FeedbackSubmittedFact(b, language, method, on), b));
                    facts.add(new Fact(new FeedbackThemedFact(b, theme, on), b));
                    facts.add(new Fact(new ActionRaisedFact(b, List.of(theme), on, random.nextInt(20)), b));
                }
                for (int i = random.nextInt(2 * scale + 1); i > 0; i--) {
                    String theme = pick(random, THEMES);
                    ActionStatus outcome = random.nextBoolean() ? ActionStatus.DONE : ActionStatus.NOT_POSSIBLE;
                    facts.add(new Fact(new ActionCompletedFact(b, outcome, on, random.nextInt(30), List.of(theme)), b));
                    facts.add(new Fact(new LoopClosedFact(b, List.of(theme), 1 + random.nextInt(5), on), b));
                }
                for (int i = random.nextInt(3 * scale + 1); i > 0; i--) {
                    facts.add(new Fact(
                            new ConsentRecordedFact(
                                    b,
                                    pick(random, ConsentPurpose.values()),
                                    pick(random, ConsentMethod.values()),
                                    pick(random, LANGUAGES),
                                    on),
                            b));
                }
                referrals(random, boroughs, b, on, scale, facts);
            }
        }
        return new GeneratedFacts(List.copyOf(boroughs), firstMonday, weeks, List.copyOf(facts));
    }

    private static SessionHeldFact session(Random random, String borough, LocalDate on) {
        SessionType type = SessionType.values()[random.nextInt(3)];
        VenueKind venue = VenueKind.values()[random.nextInt(3)];
        List<String> languages = List.of(pick(random, LANGUAGES));
        List<String> interpreters = random.nextBoolean() ? List.of() : languages;
        return new SessionHeldFact(borough, type, venue, on, 3 + random.nextInt(12), languages, interpreters);
    }

    private static void referrals(
            Random random, List<String> boroughs, String from, LocalDate on, int scale, List<Fact> facts) {
        for (int i = random.nextInt(3 * scale + 1); i > 0; i--) {
            String to = boroughs.get(random.nextInt(boroughs.size()));
            if (to.equals(from)) {
                continue;
            }
            facts.add(new Fact(new ReferralSentFact(from, to, ReferralReason.DISPERSAL, List.of(), on), from));
            int outcome = random.nextInt(4);
            if (outcome < 2) {
                String name = outcome == 0 ? "ACCEPTED" : "DECLINED";
                facts.add(new Fact(new ReferralResolvedFact(from, to, name, on, random.nextInt(72)), from));
            } else if (outcome == 2) {
                facts.add(new Fact(new ReferralOverdueFact(from, to, on), from));
            }
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    public LocalDate lastSunday() {
        return firstMonday.plusWeeks(weeks).minusDays(1);
    }
}
