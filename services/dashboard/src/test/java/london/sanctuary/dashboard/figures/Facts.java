package london.sanctuary.dashboard.figures;

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

/** Fixtures: facts as the services publish them. */
public final class Facts {

    public static final LocalDate MONDAY_W47 = LocalDate.of(2026, 11, 16);

    private Facts() {}

    public static SessionHeldFact focusGroup(String borough, LocalDate on, int attendance) {
        return new SessionHeldFact(
                borough,
                SessionType.FOCUS_GROUP,
                VenueKind.TRUSTED_COMMUNITY_SPACE,
                on,
                attendance,
                List.of("ar", "fa-AF"),
                List.of("fa-AF"));
    }

    public static SessionHeldFact workshop(String borough, LocalDate on, int attendance) {
        return new SessionHeldFact(
                borough, SessionType.WORKSHOP, VenueKind.COUNCIL_BUILDING, on, attendance, List.of("en"), List.of());
    }

    public static FeedbackThemedFact themed(String borough, String theme, LocalDate on) {
        return new FeedbackThemedFact(borough, theme, on);
    }

    /** One fact of every type, varied by a seeded random source. */
    public static List<Contract> mixed(long seed, int count) {
        Random random = new Random(seed);
        String[] boroughs = {"newham", "barnet", "lambeth", "hackney", "croydon"};
        String[] themes = {"housing", "food", "transport"};
        List<Contract> facts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String b = boroughs[random.nextInt(boroughs.length)];
            String to = boroughs[random.nextInt(boroughs.length)];
            LocalDate on = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
            String theme = themes[random.nextInt(themes.length)];
            facts.add(
                    switch (i % 10) {
                        case 0 -> focusGroup(b, on, random.nextInt(30));
                        case 1 -> new FeedbackSubmittedFact(b, "ar", CaptureMethod.PAPER, on);
                        case 2 -> themed(b, theme, on);
                        case 3 -> new ActionRaisedFact(b, List.of(theme), on, random.nextInt(40));
                        case 4 -> new ActionCompletedFact(b, ActionStatus.DONE, on, random.nextInt(90), List.of(theme));
                        case 5 -> new LoopClosedFact(b, List.of(theme), random.nextInt(20), on);
                        case 6 ->
                            new ConsentRecordedFact(b, ConsentPurpose.PARTICIPATE, ConsentMethod.WRITTEN, "ar", on);
                        case 7 -> new ReferralSentFact(b, to, ReferralReason.DISPERSAL, List.of(), on);
                        case 8 -> new ReferralResolvedFact(b, to, "ACCEPTED", on, random.nextInt(96));
                        default -> new ReferralOverdueFact(b, to, on);
                    });
        }
        return facts;
    }
}
