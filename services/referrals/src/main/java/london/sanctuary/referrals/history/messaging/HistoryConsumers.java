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
import london.sanctuary.platform.inbox.Inbox;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import london.sanctuary.referrals.history.EngagementHistory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * {@code onEngagementEvents} and {@code onFeedbackEvents}: the history a package carries. Sessions' types,
 * attendance (attended only), and linked responses (those with a participantRef); everything else passes by.
 * What the consent ledger says has already ended is left out, as {@code ReferralEndings} would have removed it: no
 * linked answer once LINK_FEEDBACK ended, nothing of an erased participant. In a replay the consent topic can be
 * read ahead of these. Such an event still goes through the inbox, applied with no effect.
 */
@Configuration(proxyBeanMethods = false)
class HistoryConsumers {

    static final String CONSUMER = "engagement-history";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Bean
    Consumer<Message<?>> onEngagementEvents(Inbox inbox, EngagementHistory history, ConsentLedger ledger) {
        return EventBatches.eachRecord(message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            event.dataAs(SessionScheduled.class)
                    .ifPresent(s -> inbox.once(
                            s.borough(),
                            CONSUMER,
                            event,
                            () -> history.sessionScheduled(
                                    s.borough(), s.sessionId(), s.sessionType(), day(s.startsAt()))));
            event.dataAs(AttendanceRecorded.class)
                    .filter(AttendanceRecorded::attended)
                    .ifPresent(a -> inbox.once(a.borough(), CONSUMER, event, () -> {
                        if (!ledger.erased(a.borough(), a.participantRef())) {
                            history.attended(a.borough(), a.participantRef(), a.sessionId(), day(a.recordedAt()));
                        }
                    }));
        });
    }

    @Bean
    Consumer<Message<?>> onFeedbackEvents(Inbox inbox, EngagementHistory history, ConsentLedger ledger) {
        return EventBatches.eachRecord(message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            event.dataAs(FeedbackSubmitted.class)
                    .filter(s -> s.participantRef() != null)
                    .ifPresent(s -> inbox.once(s.borough(), CONSUMER, event, () -> {
                        if (!ledger.ended(
                                s.borough(), s.participantRef(), ConsentPurpose.LINK_FEEDBACK, s.submittedAt())) {
                            history.answered(s.borough(), s.participantRef(), s.responseId(), day(s.submittedAt()));
                        }
                    }));
        });
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }
}
