package london.sanctuary.actions.feedback.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import london.sanctuary.actions.feedback.HeardResponse;
import london.sanctuary.actions.feedback.persistence.MongoHeardFeedback;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.CaptureMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.test.ConsentEvents;
import london.sanctuary.platform.test.EventBatch;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.messaging.Message;
import org.springframework.test.context.TestPropertySource;

/**
 * Decision 0072: a withdrawal of LINK_FEEDBACK heard while a batch of answers is between asking the ledger and
 * writing finds nothing of those answers to unlink; the batch asks again once written, so the link does not outlive
 * the withdrawal. A replay reads the consent and feedback topics side by side, so this happens.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=actions")
class WithdrawalBesideAnAnswerIntegrationTests {

    static final Borough NEWHAM = Borough.of("newham");

    @Autowired
    Inbox inbox;

    @Autowired
    MongoHeardFeedback heard;

    @Autowired
    ConsentLedger ledger;

    @Autowired
    @Qualifier("consentLedgerIn")
    Consumer<Message<?>> consentLedgerIn;

    ConsentEvents consent;
    ParticipantRef person = ParticipantRef.random();
    Instant at = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.MILLIS);
    FeedbackSubmitted answer =
            new FeedbackSubmitted(UUID.randomUUID(), UUID.randomUUID(), NEWHAM, person, "ar", CaptureMethod.PAPER, at);

    @BeforeEach
    void consentHeardAtOnce() {
        consent = ConsentEvents.heardBy(consentLedgerIn);
    }

    @Test
    void givenAWithdrawalHeardBetweenTheBatchsConsentCheckAndItsWriteThenTheAnswerIsKeptWithoutTheLink() {
        // given their answer in a batch with another
        UUID consentId = consent.grant(NEWHAM, person, ConsentPurpose.LINK_FEEDBACK);
        FeedbackSubmitted other = new FeedbackSubmitted(
                UUID.randomUUID(), UUID.randomUUID(), NEWHAM, null, "en", CaptureMethod.PAPER, at);
        List<ReceivedEvent> batch = received(answer, other);

        // when their withdrawal is heard after the answer's consent check and before the batch's write
        inbox.each(FeedbackConsumers.CONSUMER, batch, event -> {
            if (event == batch.get(1)) {
                consent.withdraw(NEWHAM, person, consentId, ConsentPurpose.LINK_FEEDBACK);
            }
            return FeedbackConsumers.effect(event, heard, ledger);
        });

        // then the answer is heard, and not linked to them
        HeardResponse response = heard.find(NEWHAM, answer.responseId()).orElseThrow();
        assertThat(response.submittedAt()).isEqualTo(at);
        assertThat(response.participantRef()).isNull();
        assertThat(heard.find(NEWHAM, other.responseId())).isPresent();
    }

    @Test
    void givenAWithdrawalAndANewGrantHeardInTheWindowThenOnlyTheAnswerFromBeforeTheWithdrawalLosesItsLink() {
        // given their answer from before, and one from after a new grant, in a batch around the window
        UUID consentId = consent.grant(NEWHAM, person, ConsentPurpose.LINK_FEEDBACK);
        FeedbackSubmitted later = new FeedbackSubmitted(
                UUID.randomUUID(), UUID.randomUUID(), NEWHAM, person, "ar", CaptureMethod.PAPER, at.plusSeconds(600));
        List<ReceivedEvent> batch = received(answer, answer, later);

        // when the withdrawal and the new grant are heard after the first answer's check, before the later one's
        inbox.each(FeedbackConsumers.CONSUMER, batch, event -> {
            if (event == batch.get(1)) {
                consent.withdraw(NEWHAM, person, consentId, ConsentPurpose.LINK_FEEDBACK);
                consent.grant(NEWHAM, person, ConsentPurpose.LINK_FEEDBACK);
                return null;
            }
            return FeedbackConsumers.effect(event, heard, ledger);
        });

        // then the answer the withdrawal took back is not linked; the one the new grant covers is
        assertThat(heard.find(NEWHAM, answer.responseId()).orElseThrow().participantRef())
                .isNull();
        assertThat(heard.find(NEWHAM, later.responseId()).orElseThrow().participantRef())
                .isEqualTo(person.value());
    }

    @Test
    void givenALinkWrittenAfterTheWithdrawalAndNeverAskedAgainWhenTheAnswerIsDeliveredAgainThenTheLinkGoes() {
        // given the crash window: the batch's write landed after the withdrawal, and the process died before asking
        // again
        UUID consentId = consent.grant(NEWHAM, person, ConsentPurpose.LINK_FEEDBACK);
        consent.withdraw(NEWHAM, person, consentId, ConsentPurpose.LINK_FEEDBACK);
        heard.submitted(NEWHAM, answer.responseId(), answer.formId(), person.value(), Language.of("ar"), at);

        // when the answer is delivered again (its inbox record was never written: decision 0054)
        inbox.each(
                FeedbackConsumers.CONSUMER, received(answer), event -> FeedbackConsumers.effect(event, heard, ledger));

        // then it is kept without the link
        HeardResponse response = heard.find(NEWHAM, answer.responseId()).orElseThrow();
        assertThat(response.language()).isEqualTo(Language.of("ar"));
        assertThat(response.participantRef()).isNull();
    }

    private static List<ReceivedEvent> received(FeedbackSubmitted... answers) {
        List<OutboxEntry> entries = List.of(answers).stream()
                .map(a -> OutboxEntry.of(a, NEWHAM, a.responseId().toString(), a.submittedAt()))
                .toList();
        return EventBatch.received(entries);
    }
}
