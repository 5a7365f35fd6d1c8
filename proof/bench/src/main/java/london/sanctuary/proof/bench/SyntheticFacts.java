package london.sanctuary.proof.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.VenueKind;
import london.sanctuary.contracts.facts.ConsentRecordedFact;
import london.sanctuary.contracts.facts.FeedbackSubmittedFact;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.facts.ReferralSentFact;
import london.sanctuary.contracts.facts.SessionHeldFact;
import london.sanctuary.dashboard.figures.FactIncrements;

/**
 * Made-up anonymised facts for a year ({@value #YEAR}) of all 33 boroughs, from a fixed seed: half feedback
 * answers, a fifth themes, a fifth consents, the rest sessions and referrals. Languages and themes are skewed, as
 * they are in life: a few common, a long tail rare.
 */
final class SyntheticFacts {

    static final int YEAR = 2025;
    private static final List<String> BOROUGHS =
            Borough.all().stream().map(Borough::code).toList();
    private static final List<String> LANGUAGES = List.of("en", "ar", "fa", "uk", "ps", "so", "ti", "ur", "ku", "prs");
    private static final List<String> THEMES = List.of(
            "accommodation-conditions",
            "food",
            "health-access",
            "esol",
            "mental-health",
            "travel-costs",
            "legal-advice");
    private static final LocalDate FIRST_DAY = LocalDate.of(YEAR, 1, 1);

    /** A fact and the borough whose service would have published it. */
    record Made(String borough, Contract fact) {}

    private final Random random = new Random(6);

    Made next() {
        Contract fact = fact();
        return new Made(FactIncrements.of(fact).get(0).borough(), fact);
    }

    private Contract fact() {
        String borough = pick(BOROUGHS);
        LocalDate day = FIRST_DAY.plusDays(random.nextInt(FIRST_DAY.lengthOfYear()));
        int roll = random.nextInt(100);
        if (roll < 50) {
            return new FeedbackSubmittedFact(borough, skewed(LANGUAGES), pick(List.of(CaptureMethod.values())), day);
        }
        if (roll < 70) {
            return new FeedbackThemedFact(borough, skewed(THEMES), day);
        }
        if (roll < 90) {
            return new ConsentRecordedFact(
                    borough,
                    pick(List.of(ConsentPurpose.values())),
                    pick(List.of(ConsentMethod.values())),
                    skewed(LANGUAGES),
                    day);
        }
        if (roll < 98) {
            String language = skewed(LANGUAGES);
            return new SessionHeldFact(
                    borough,
                    pick(List.of(SessionType.values())),
                    pick(List.of(VenueKind.values())),
                    day,
                    3 + random.nextInt(18),
                    List.of("en", language),
                    List.of(language));
        }
        return new ReferralSentFact(
                borough,
                pick(BOROUGHS),
                pick(List.of(ReferralReason.values())),
                List.of(pick(List.of(SupportKind.values()))),
                day);
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** The first values far more often than the last. */
    private <T> T skewed(List<T> values) {
        return values.get(random.nextInt(1 + random.nextInt(values.size())));
    }
}
