package london.sanctuary.referrals.outgoing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.referrals.EngagementEntry;
import org.junit.jupiter.api.Test;

class AnsweredFormsTests {

    static final UUID FOCUS_GROUP = UUID.randomUUID();
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 18);

    @Test
    void theFeedbackServicesLinkedAnswersReplaceTheFormsAnsweredAndKeepTheSessionsAttendedInDateOrder() {
        // given what this service heard, and what the feedback service holds linked to her now
        List<EngagementEntry> history = List.of(
                new EngagementEntry(EngagementEntry.SESSION_ATTENDED, SessionType.FOCUS_GROUP, MONDAY, null),
                new EngagementEntry(EngagementEntry.FORM_ANSWERED, null, MONDAY, null));
        List<LinkedAnswers.Answered> answers = List.of(
                new LinkedAnswers.Answered(UUID.randomUUID(), null, WEDNESDAY, "{\"q1\":\"Standing form\"}"),
                new LinkedAnswers.Answered(UUID.randomUUID(), FOCUS_GROUP, MONDAY, "{\"q1\":4}"));

        // when
        List<EngagementEntry> entries =
                AnsweredForms.withAnswers(history, answers, Map.of(FOCUS_GROUP, SessionType.FOCUS_GROUP)::get);

        // then
        assertThat(entries)
                .containsExactly(
                        new EngagementEntry(EngagementEntry.SESSION_ATTENDED, SessionType.FOCUS_GROUP, MONDAY, null),
                        new EngagementEntry(
                                EngagementEntry.FORM_ANSWERED, SessionType.FOCUS_GROUP, MONDAY, "{\"q1\":4}"),
                        new EngagementEntry(
                                EngagementEntry.FORM_ANSWERED, null, WEDNESDAY, "{\"q1\":\"Standing form\"}"));
    }

    @Test
    void anAnsweredResponseNeverShowsItsAnswersInALogLine() {
        assertThat(new LinkedAnswers.Answered(UUID.randomUUID(), null, MONDAY, "{\"q1\":\"secret\"}").toString())
                .doesNotContain("secret");
    }
}
