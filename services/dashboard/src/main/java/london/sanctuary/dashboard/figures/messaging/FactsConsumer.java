package london.sanctuary.dashboard.figures.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import london.sanctuary.contracts.EventType;
import london.sanctuary.dashboard.figures.ReadModel;
import london.sanctuary.platform.messaging.EventBatches;
import london.sanctuary.platform.messaging.ReceivedEvent;
import org.springframework.messaging.Message;

/**
 * Reads facts from {@code sanctuary.gla.facts.v1} — from any borough, not only those this instance
 * names — into the read model, a poll at a time (one read of the facts applied before, one bulk write of
 * counters, one of records), and times each fact from its event time to applied
 * ({@code sanctuary.dashboard.fact.lag}, tagged by event type only). A batch the store fails fails at its first
 * record, and is delivered again from there: the read model adds nothing twice (decision 0060).
 */
public final class FactsConsumer implements Consumer<Message<?>> {

    static final String LAG = "sanctuary.dashboard.fact.lag";

    private final ReadModel model;
    private final MeterRegistry meters;
    private final Clock clock;
    private final Consumer<Message<?>> batches = EventBatches.eachEvent(this::apply);

    public FactsConsumer(ReadModel model, MeterRegistry meters, Clock clock) {
        this.model = model;
        this.meters = meters;
        this.clock = clock;
    }

    @Override
    public void accept(Message<?> batch) {
        batches.accept(batch);
    }

    private void apply(List<ReceivedEvent> events) {
        List<ReceivedEvent> facts = events.stream()
                .filter(e -> EventType.ofType(e.type()).map(EventType::isFact).orElse(false))
                .toList();
        if (facts.isEmpty()) {
            return;
        }
        List<String> applied;
        try {
            applied = model.apply(facts.stream()
                    .map(e -> new ReadModel.Fact(e.id(), e.data()))
                    .toList());
        } catch (RuntimeException failed) {
            throw EventBatches.failedAt(0, failed);
        }
        Map<String, ReceivedEvent> byId =
                facts.stream().collect(Collectors.toMap(ReceivedEvent::id, Function.identity(), (a, b) -> a));
        applied.stream().map(byId::get).filter(e -> e.time() != null).forEach(this::timed);
    }

    private void timed(ReceivedEvent fact) {
        Duration lag = Duration.between(fact.time(), clock.instant());
        Timer.builder(LAG)
                .description("Time from a fact's event time to its counters in the read model")
                .tag("type", fact.type())
                .publishPercentileHistogram()
                .register(meters)
                .record(lag.isNegative() ? Duration.ZERO : lag);
    }
}
