package london.sanctuary.referrals.history.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.SessionScheduled;
import london.sanctuary.contracts.feedback.FeedbackSubmitted;
import london.sanctuary.platform.consent.ConsentLedger;
import london.sanctuary.platform.inbox.BatchEffect;
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.referrals.history.EngagementHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code onEngagementEvents} and {@code onFeedbackEvents}: the history a package carries, a poll at a time through
 * the inbox (its events checked in one query per borough, recorded in one insert). Sessions' types, attendance
 * (attended only), and linked responses (those with a participantRef); everything else passes by. Each change is
 * keyed by the session or response, so an event applied twice (a batch cut off before its record) has the effect of
 * once. What the consent ledger says has already ended is left out, as {@code ReferralEndings} would have removed it:
 * no linked answer once LINK_FEEDBACK ended, nothing of an erased participant. In a replay the consent topic can be
 * read ahead of these, or beside them. Such an event still goes through the inbox, applied with no effect.
 */
@Configuration(proxyBeanMethods = false)
class HistoryConsumers {

    static final String CONSUMER = "engagement-history";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Consumer<Message<?>> onEngagementEvents(Inbox inbox, EngagementHistory history, ConsentLedger ledger) {
        return EventBatches.eachEvent(
                events -> inbox.each(CONSUMER, events, event -> engagement(event, history, ledger)));
    }

    @Bean
    Consumer<Message<?>> onFeedbackEvents(Inbox inbox, EngagementHistory history, ConsentLedger ledger) {
        return EventBatches.eachEvent(events -> inbox.each(
                CONSUMER,
                events,
                event -> event.dataAs(FeedbackSubmitted.class)
                        .filter(s -> s.participantRef() != null)
                        .map(s -> answered(s, history, ledger))
                        .orElse(null)));
    }

    static BatchEffect engagement(ReceivedEvent event, EngagementHistory history, ConsentLedger ledger) {
        return event.dataAs(SessionScheduled.class)
                .map(s -> BatchEffect.run(
                        s.borough(),
                        () -> history.sessionScheduled(s.borough(), s.sessionId(), s.sessionType(), day(s.startsAt()))))
                .or(() -> event.dataAs(AttendanceRecorded.class)
                        .filter(AttendanceRecorded::attended)
                        .map(a -> attended(a, history, ledger)))
                .orElse(null);
    }

    /**
     * A linked answer, unless LINK_FEEDBACK has ended. The ledger is asked again once it is written: an ending heard
     * since the first question found nothing of it to undo, so it is undone here (decision 0072). The undo also runs
     * when the first question already saw the ending, for a write an earlier delivery made before it crashed; it removes
     * this answer only, as a grant since may cover the person's later ones.
     */
    static BatchEffect answered(FeedbackSubmitted s, EngagementHistory history, ConsentLedger ledger) {
        Borough borough = s.borough();
        ParticipantRef person = s.participantRef();
        boolean ended = ledger.ended(borough, person, ConsentPurpose.LINK_FEEDBACK, s.submittedAt());
        return BatchEffect.run(borough, () -> {
            if (!ended) {
                history.answered(borough, person, s.responseId(), day(s.submittedAt()));
            }
            if (ledger.erased(borough, person)) {
                history.forget(borough, person);
            } else if (ledger.ended(borough, person, ConsentPurpose.LINK_FEEDBACK, s.submittedAt())) {
                history.forgetAnswer(borough, person, s.responseId());
            }
        });
    }

    /** An attendance, unless the person was erased; asked again once written, as {@link #answered} is. */
    private static BatchEffect attended(AttendanceRecorded a, EngagementHistory history, ConsentLedger ledger) {
        Borough borough = a.borough();
        ParticipantRef person = a.participantRef();
        boolean erased = ledger.erased(borough, person);
        return BatchEffect.run(borough, () -> {
            if (!erased) {
                history.attended(borough, person, a.sessionId(), day(a.recordedAt()));
            }
            if (ledger.erased(borough, person)) {
                history.forget(borough, person);
            }
        });
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }
}
