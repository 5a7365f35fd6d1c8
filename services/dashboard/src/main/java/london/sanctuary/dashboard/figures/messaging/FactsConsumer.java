package london.sanctuary.dashboard.figures.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import london.sanctuary.contracts.EventType;
import london.sanctuary.dashboard.figures.ReadModel;
import london.sanctuary.platform.messaging.CloudEventMessages;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.messaging.Message;

/**
 * Reads facts from {@code sanctuary.gla.facts.v1} — from any borough, not only those this instance
 * names — into the read model, and times each fact from its event time to applied
 * ({@code sanctuary.dashboard.fact.lag}, tagged by event type only).
 */
public final class FactsConsumer implements Consumer<Message<byte[]>> {

    static final String LAG = "sanctuary.dashboard.fact.lag";

    private final ReadModel model;
    private final MeterRegistry meters;
    private final Clock clock;

    public FactsConsumer(ReadModel model, MeterRegistry meters, Clock clock) {
        this.model = model;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void accept(Message<byte[]> message) {
        ReceivedEvent event = CloudEventMessages.read(message);
        boolean isFact = EventType.ofType(event.type()).map(EventType::isFact).orElse(false);
        if (isFact && model.apply(event.id(), event.data()) && event.time() != null) {
            Duration lag = Duration.between(event.time(), clock.instant());
            Timer.builder(LAG)
                    .description("Time from a fact's event time to its counters in the read model")
                    .tag("type", event.type())
                    .publishPercentileHistogram()
                    .register(meters)
                    .record(lag.isNegative() ? Duration.ZERO : lag);
        }
    }
}
