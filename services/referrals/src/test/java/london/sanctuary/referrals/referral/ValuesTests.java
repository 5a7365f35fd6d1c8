package london.sanctuary.referrals.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;

class ValuesTests {

    @Test
    void threeWorkingDaysFromFridaySkipTheWeekend() {
        assertThat(WorkingDays.after(Instant.parse("2026-12-04T15:00:00Z"), 3))
                .isEqualTo(Instant.parse("2026-12-09T15:00:00Z"));
        assertThat(WorkingDays.after(Instant.parse("2026-12-04T15:00:00Z"), 0))
                .isEqualTo(Instant.parse("2026-12-04T15:00:00Z"));
    }

    @Test
    void threeWorkingDaysOverChristmasSkipTheBankHolidaysAndTheWeekend() {
        // sent on Wednesday 23 December 2026: Friday 25th and Monday 28th (Boxing Day's substitute) are bank holidays
        assertThat(WorkingDays.after(Instant.parse("2026-12-23T10:00:00Z"), 3))
                .isEqualTo(Instant.parse("2026-12-30T10:00:00Z"));
        // and Easter: sent on Thursday 2 April 2026, Good Friday and Easter Monday do not count
        assertThat(WorkingDays.after(Instant.parse("2026-04-02T09:00:00Z"), 1))
                .isEqualTo(Instant.parse("2026-04-07T09:00:00Z"));
    }

    @Test
    void aReferralGoesToAnotherBorough() {
        assertThatThrownBy(() -> new Routing(
                        ReferralId.random(), Borough.of("newham"), Borough.of("newham"), ParticipantRef.random()))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("toBorough");
    }

    @Test
    void aSupportItemNamesItsKindAndUrgencyAndKeepsItsTextShort() {
        assertThatThrownBy(() -> new SupportNeed(null, null, null, Urgency.SOON))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("support.kind");
        assertThatThrownBy(() -> new SupportNeed(SupportKind.ESOL, null, null, null))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("support.urgency");
        assertThatThrownBy(() -> new SupportNeed(SupportKind.ESOL, "x".repeat(101), null, Urgency.SOON))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("support.level");
        assertThat(new SupportNeed(SupportKind.ESOL, "  ", " a note ", Urgency.SOON))
                .isEqualTo(new SupportNeed(SupportKind.ESOL, null, "a note", Urgency.SOON));
    }

    @Test
    void aDeclineReasonIsACodeFromTheListNotFreeText() {
        assertThat(DeclineReason.parse("WRONG_BOROUGH")).isEqualTo(DeclineReason.WRONG_BOROUGH);
        assertThatThrownBy(() -> DeclineReason.parse("She has moved to Leeds"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("reason");
    }

    @Test
    void aSupportNoteIsNotPrinted() {
        assertThat(new SupportNeed(SupportKind.ESOL, null, "lives with her sister", Urgency.SOON).toString())
                .doesNotContain("sister");
    }
}
