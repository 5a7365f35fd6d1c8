package london.sanctuary.referrals.history.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventBatch;
import london.sanctuary.referrals.ReferralsServiceTest;
import london.sanctuary.referrals.history.EngagementHistory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;

/**
 * Decision 0072: an erasure, or the end of LINK_FEEDBACK, heard while a batch of the history's events is between
 * asking the ledger and writing finds nothing of them to remove; the batch asks again once written, so nothing of
 * the person outlives the ending. A replay reads the consent topic beside the others, so this happens.
 */
class EndingBesideTheHistoryIntegrationTests extends ReferralsServiceTest {

    static final Borough NEWHAM = Borough.of("newham");

    @Autowired
    Inbox inbox;

    @Autowired
    EngagementHistory engagementHistory;

    @Autowired
    ConsentLedger consentLedger;

    @Autowired
    @Qualifier("consentLedgerIn")
    Consumer<Message<?>> consentLedgerIn;

    ConsentEvents consent;
    ParticipantRef person = ParticipantRef.random();
    Instant at = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);

    @BeforeEach
    void consentHeardAtOnce() {
        consent = ConsentEvents.heardBy(consentLedgerIn);
    }

    @Test
    void givenAnErasureHeardBetweenTheBatchsCheckAndItsWriteThenTheirAttendanceIsNotKept() {
        // given their attendance in a batch with another person's
        List<ReceivedEvent> batch = received(
                new AttendanceRecorded(UUID.randomUUID(), NEWHAM, person, true, at),
                new AttendanceRecorded(UUID.randomUUID(), NEWHAM, ParticipantRef.random(), true, at));

        // when their erasure is heard after the batch's check and before its write
        apply(
                batch,
                () -> consent.erase(NEWHAM, person),
                e -> HistoryConsumers.engagement(e, engagementHistory, consentLedger));

        // then nothing of them is kept
        assertThat(consentLedger.erased(NEWHAM, person)).isTrue();
        assertThat(engagementHistory.of(NEWHAM, person)).isEmpty();
    }

    @Test
    void givenTheirLinkEndingHeardBetweenTheBatchsCheckAndItsWriteThenTheirAnswerIsNotInTheirHistory() {
        // given a person who links their feedback, their answer in a batch with another person's
        UUID consentId = consent.grant(NEWHAM, person, ConsentPurpose.LINK_FEEDBACK);
        List<ReceivedEvent> batch = received(answer(person), answer(ParticipantRef.random()));

        // when their withdrawal is heard after the batch's check and before its write
        apply(
                batch,
                () -> consent.withdraw(NEWHAM, person, consentId, ConsentPurpose.LINK_FEEDBACK),
                e -> HistoryConsumers.answered(
                        e.dataAs(FeedbackSubmitted.class).orElseThrow(), engagementHistory, consentLedger));

        // then their history holds no answer
        assertThat(consentLedger.ended(NEWHAM, person, ConsentPurpose.LINK_FEEDBACK, at))
                .isTrue();
        assertThat(engagementHistory.of(NEWHAM, person)).isEmpty();
    }

    @Test
    void givenAnAttendanceWrittenAfterTheErasureAndNeverAskedAgainWhenDeliveredAgainThenNothingOfThemIsKept() {
        // given the crash window: the write landed after their erasure, and the process died before asking again
        consent.erase(NEWHAM, person);
        AttendanceRecorded attendance = new AttendanceRecorded(UUID.randomUUID(), NEWHAM, person, true, at);
        engagementHistory.attended(NEWHAM, person, attendance.sessionId(), LocalDate.now());

        // when the attendance is delivered again (its inbox record was never written)
        apply(received(attendance), () -> {}, e -> HistoryConsumers.engagement(e, engagementHistory, consentLedger));

        // then
        assertThat(engagementHistory.of(NEWHAM, person)).isEmpty();
    }

    /** The batch through the inbox; {@code between} runs after every event's check, before any write. */
    private void apply(List<ReceivedEvent> batch, Runnable between, Function<ReceivedEvent, BatchEffect> effect) {
        ReceivedEvent last = batch.get(batch.size() - 1);
        inbox.each("ending-beside-" + UUID.randomUUID(), batch, event -> {
            BatchEffect planned = effect.apply(event);
            if (event == last) {
                between.run();
            }
            return planned;
        });
    }

    private FeedbackSubmitted answer(ParticipantRef who) {
        return new FeedbackSubmitted(UUID.randomUUID(), UUID.randomUUID(), NEWHAM, who, "ar", CaptureMethod.PAPER, at);
    }

    private static List<ReceivedEvent> received(Contract... events) {
        List<OutboxEntry> entries = List.of(events).stream()
                .map(e -> OutboxEntry.of(e, NEWHAM, UUID.randomUUID().toString(), Instant.now()))
                .toList();
        return EventBatch.received(entries);
    }
}
