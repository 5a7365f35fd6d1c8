package london.sanctuary.referrals;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Every span the service ends, kept in memory for the test to read (in place of an OTLP collector). */
@TestConfiguration(proxyBeanMethods = false)
class RecordedSpans {

    final InMemorySpanExporter exporter = InMemorySpanExporter.create();

    @Bean
    SpanProcessor recordedSpanProcessor() {
        return SimpleSpanProcessor.create(exporter);
    }
}
