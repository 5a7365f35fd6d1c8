package london.sanctuary.workspace.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A request to be erased must be answered within one month of it, counted in London's calendar. */
class ErasureTaskTests {

    @Test
    void aRequestIsDueOneCalendarMonthLaterInLondonAtTheEndOfAShortMonthAndAcrossTheClockChange() {
        // given
        ErasureTask endOfJanuary = new ErasureTask("r1", Instant.parse("2027-01-31T10:00:00Z"));
        ErasureTask beforeClocksGoForward = new ErasureTask("r2", Instant.parse("2027-03-10T09:00:00Z"));

        // when
        Instant february = endOfJanuary.answerBy();
        Instant april = beforeClocksGoForward.answerBy();

        // then the last day of February; 9:00 in London becomes 9:00 British Summer Time
        assertThat(february).isEqualTo(Instant.parse("2027-02-28T10:00:00Z"));
        assertThat(april).isEqualTo(Instant.parse("2027-04-10T08:00:00Z"));
    }

    @Test
    void aRequestIsOverdueOnlyOnceItsMonthHasPassed() {
        // given
        ErasureTask task = new ErasureTask("r1", Instant.parse("2026-12-01T10:00:00Z"));

        // then
        assertThat(task.overdue(Instant.parse("2027-01-01T10:00:00Z"))).isFalse();
        assertThat(task.overdue(Instant.parse("2027-01-01T10:00:01Z"))).isTrue();
    }
}
