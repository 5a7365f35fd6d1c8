package london.sanctuary.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Scope;
import java.time.Instant;
import java.time.LocalDate;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.facts.ReferralResolvedFact;
import org.junit.jupiter.api.Test;

class OutboxEntryTests {

    private static final String TRACE = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final ReferralResolvedFact FACT =
            new ReferralResolvedFact("hackney", "camden", "accepted", LocalDate.parse("2026-12-05"), 4);

    @Test
    void givenATracedRequest_whenItWritesAFact_thenTheFactCarriesNoTraceparent() {
        try (Scope traced = Span.wrap(
                        SpanContext.create(TRACE, "00f067aa0ba902b7", TraceFlags.getSampled(), TraceState.getDefault()))
                .makeCurrent()) {
            OutboxEntry event = OutboxEntry.of(FACT, Borough.of("hackney"), "referral-1", NOW);
            OutboxEntry fact = OutboxEntry.fact(FACT, Borough.of("hackney"), NOW);

            assertThat(event.traceparent()).contains(TRACE);
            assertThat(fact.traceparent()).isNull();
        }
    }
}
