package london.sanctuary.platform.groups;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

/**
 * A consumer of a topic every borough shares, as the referrals service's exchange consumer is: it sees every event,
 * and keeps those addressed to a borough it serves.
 */
@Configuration(proxyBeanMethods = false)
class HeardOnTheExchange {

    final Set<String> seen = ConcurrentHashMap.newKeySet();
    final Set<String> kept = ConcurrentHashMap.newKeySet();

    @Bean
    Consumer<Message<?>> onSharedEvents(ServedBoroughs served) {
        return EventBatches.eachRecord(message -> {
            ReceivedEvent event = CloudEventMessages.read(message);
            seen.add(event.id());
            event.dataAs(ParticipantEnrolled.class)
                    .filter(e -> served.serves(e.borough()))
                    .ifPresent(e -> kept.add(event.id()));
        });
    }
}
