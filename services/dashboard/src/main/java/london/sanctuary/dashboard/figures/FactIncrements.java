package london.sanctuary.dashboard.figures;

import static london.sanctuary.dashboard.figures.Dimension.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.facts.ActionCompletedFact;
import london.sanctuary.contracts.facts.ActionRaisedFact;
import london.sanctuary.contracts.facts.ConsentRecordedFact;
import london.sanctuary.contracts.facts.ConsentWithdrawnFact;
import london.sanctuary.contracts.facts.FeedbackSubmittedFact;
import london.sanctuary.contracts.facts.FeedbackThemedFact;
import london.sanctuary.contracts.facts.LoopClosedFact;
import london.sanctuary.contracts.facts.ReferralOverdueFact;
import london.sanctuary.contracts.facts.ReferralResolvedFact;
import london.sanctuary.contracts.facts.ReferralSentFact;
import london.sanctuary.contracts.facts.SessionHeldFact;

/** Turns one fact into the counter increments it contributes. A referral counts under its sending borough. */
public final class FactIncrements {

    private FactIncrements() {}

    public static List<Increment> of(Contract fact) {
        Builder out = new Builder();
        if (fact instanceof SessionHeldFact f) {
            session(out.at(f.borough(), f.heldOn()), f);
        } else if (fact instanceof FeedbackSubmittedFact f) {
            out.at(f.borough(), f.submittedOn())
                    .add(FEEDBACK_SUBMITTED, 1, f.language(), f.captureMethod().name());
        } else if (fact instanceof FeedbackThemedFact f) {
            out.at(f.borough(), f.themedOn()).add(FEEDBACK_THEMES, 1, f.theme());
        } else if (fact instanceof ActionRaisedFact f) {
            actionRaised(out.at(f.borough(), f.raisedOn()), f);
        } else if (fact instanceof ActionCompletedFact f) {
            out.at(f.borough(), f.completedOn())
                    .add(ACTIONS_ENDED, 1, f.outcome().name())
                    .add(DAYS_TO_COMPLETE, 1, Integer.toString(f.daysToComplete()));
        } else if (fact instanceof LoopClosedFact f) {
            loopClosed(out.at(f.borough(), f.closedOn()), f);
        } else if (fact instanceof ConsentRecordedFact f) {
            out.at(f.borough(), f.recordedOn())
                    .add(CONSENTS_RECORDED, 1, f.method().name(), f.language())
                    .add(CONSENT_PURPOSES, 1, f.purpose().name());
        } else if (fact instanceof ConsentWithdrawnFact f) {
            out.at(f.borough(), f.withdrawnOn())
                    .add(CONSENTS_WITHDRAWN, 1, f.purpose().name());
        } else if (fact instanceof ReferralSentFact f) {
            out.at(f.fromBorough(), f.sentOn()).add(REFERRALS_SENT, 1, f.toBorough());
        } else if (fact instanceof ReferralResolvedFact f) {
            referralResolved(out.at(f.fromBorough(), f.resolvedOn()), f);
        } else if (fact instanceof ReferralOverdueFact f) {
            out.at(f.fromBorough(), f.flaggedOn()).add(REFERRALS_OVERDUE, 1, f.toBorough());
        }
        return out.increments;
    }

    private static void session(Builder out, SessionHeldFact f) {
        String type = f.sessionType().name();
        out.add(SESSIONS_HELD, 1, type).add(ATTENDANCE, f.attendance(), type);
        out.add(VENUE_KINDS, 1, type, f.venueKind().name());
        f.languages().forEach(language -> out.add(SESSION_LANGUAGES, 1, type, language));
        f.interpreterLanguages().forEach(language -> out.add(INTERPRETER_LANGUAGES, 1, type, language));
    }

    private static void actionRaised(Builder out, ActionRaisedFact f) {
        out.add(ACTIONS_RAISED, 1, "RAISED");
        if (f.daysFromFeedback() != null) {
            out.add(DAYS_TO_ACTION, 1, f.daysFromFeedback().toString());
        }
    }

    private static void loopClosed(Builder out, LoopClosedFact f) {
        out.add(LOOPS_CLOSED, 1);
        f.themes().forEach(theme -> out.add(LOOP_CLOSED_THEMES, 1, theme));
    }

    private static void referralResolved(Builder out, ReferralResolvedFact f) {
        out.add(REFERRALS_RESOLVED, 1, f.toBorough(), f.outcome());
        if ("ACCEPTED".equals(f.outcome()) && f.hoursToDecision() != null) {
            out.add(HOURS_TO_ACCEPT, 1, f.toBorough(), f.hoursToDecision().toString());
        }
    }

    private static final class Builder {
        private final List<Increment> increments = new ArrayList<>();
        private String borough;
        private Week week;

        Builder at(String borough, LocalDate day) {
            this.borough = borough;
            this.week = Week.of(day);
            return this;
        }

        Builder add(Dimension dimension, long amount, String... key) {
            if (amount != 0) {
                increments.add(new Increment(dimension, borough, week, List.of(key), amount));
            }
            return this;
        }
    }
}
