package london.sanctuary.dashboard.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.contracts.facts.ReferralResolvedFact;
import org.junit.jupiter.api.Test;

class FactIncrementsTests {

    @Test
    void aSessionHeldCountsTheSessionItsAttendanceLanguagesInterpretersAndVenue() {
        List<Increment> increments = FactIncrements.of(Facts.focusGroup("newham", Facts.MONDAY_W47.plusDays(2), 12));

        assertThat(increments)
                .extracting(Increment::id, Increment::amount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("sessions-held|newham|2026-W47|FOCUS_GROUP", 1L),
                        org.assertj.core.groups.Tuple.tuple("attendance|newham|2026-W47|FOCUS_GROUP", 12L),
                        org.assertj.core.groups.Tuple.tuple(
                                "venue-kinds|newham|2026-W47|FOCUS_GROUP|TRUSTED_COMMUNITY_SPACE", 1L),
                        org.assertj.core.groups.Tuple.tuple("session-languages|newham|2026-W47|FOCUS_GROUP|ar", 1L),
                        org.assertj.core.groups.Tuple.tuple("session-languages|newham|2026-W47|FOCUS_GROUP|fa-AF", 1L),
                        org.assertj.core.groups.Tuple.tuple(
                                "interpreter-languages|newham|2026-W47|FOCUS_GROUP|fa-AF", 1L));
    }

    @Test
    void anAcceptedReferralCountsUnderItsSendingBoroughWithTheHoursToAcceptAsAHistogramBucket() {
        List<Increment> increments =
                FactIncrements.of(new ReferralResolvedFact("newham", "barnet", "ACCEPTED", Facts.MONDAY_W47, 30));

        assertThat(increments)
                .extracting(Increment::id)
                .containsExactly(
                        "referrals-resolved|newham|2026-W47|barnet|ACCEPTED",
                        "hours-to-accept|newham|2026-W47|barnet|30");
    }

    @Test
    void aDeclinedReferralCountsNoHoursToAccept() {
        List<Increment> increments =
                FactIncrements.of(new ReferralResolvedFact("newham", "barnet", "DECLINED", Facts.MONDAY_W47, 30));

        assertThat(increments)
                .extracting(Increment::id)
                .containsExactly("referrals-resolved|newham|2026-W47|barnet|DECLINED");
    }

    @Test
    void weeksAreIsoWeeksAcrossTheYearEnd() {
        assertThat(Week.of(java.time.LocalDate.of(2026, 12, 31)).name()).isEqualTo("2026-W53");
        assertThat(Week.of(java.time.LocalDate.of(2027, 1, 4)).name()).isEqualTo("2027-W01");
    }
}
