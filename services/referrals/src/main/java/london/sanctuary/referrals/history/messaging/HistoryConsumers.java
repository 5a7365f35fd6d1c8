package london.sanctuary.referrals.history.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import london.sanctuary.contracts.ConsentPurpose;
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
 * read ahead of these. Such an event still goes through the inbox, applied with no effect.
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
                        .map(s -> BatchEffect.run(s.borough(), () -> {
                            if (!ledger.ended(
                                    s.borough(), s.participantRef(), ConsentPurpose.LINK_FEEDBACK, s.submittedAt())) {
                                history.answered(s.borough(), s.participantRef(), s.responseId(), day(s.submittedAt()));
                            }
                        }))
                        .orElse(null)));
    }

    private static BatchEffect engagement(ReceivedEvent event, EngagementHistory history, ConsentLedger ledger) {
        return event.dataAs(SessionScheduled.class)
                .map(s -> BatchEffect.run(
                        s.borough(),
                        () -> history.sessionScheduled(s.borough(), s.sessionId(), s.sessionType(), day(s.startsAt()))))
                .or(() -> event.dataAs(AttendanceRecorded.class)
                        .filter(AttendanceRecorded::attended)
                        .map(a -> BatchEffect.run(a.borough(), () -> {
                            if (!ledger.erased(a.borough(), a.participantRef())) {
                                history.attended(a.borough(), a.participantRef(), a.sessionId(), day(a.recordedAt()));
                            }
                        })))
                .orElse(null);
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }
}
