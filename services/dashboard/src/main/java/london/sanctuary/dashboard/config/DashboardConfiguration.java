package london.sanctuary.dashboard.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.function.Consumer;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dashboard;
import london.sanctuary.dashboard.figures.ReadModel;
import london.sanctuary.dashboard.figures.messaging.FactsConsumer;
import london.sanctuary.dashboard.figures.persistence.MongoCounters;
import london.sanctuary.dashboard.figures.persistence.WeeklyCountersMoved;
import london.sanctuary.platform.disclosure.DisclosureControl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;

/** Wires the plain-Java read model and disclosure control to MongoDB, Kafka and the web. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DashboardSettings.class)
class DashboardConfiguration {

    /**
     * The plain auto-configured template on database {@code dashboard}: the read model is London-wide. Counters of
     * before decision 0056 are moved into the period documents first, once, before any fact is consumed.
     */
    @Bean
    Counters counters(MongoTemplate mongo) {
        MongoCounters counters = new MongoCounters(mongo, "");
        WeeklyCountersMoved.into(mongo, "", counters);
        return counters;
    }

    @Bean
    DisclosureControl disclosureControl(DashboardSettings settings) {
        return new DisclosureControl(settings.rule());
    }

    @Bean
    Dashboard dashboard(Counters counters, DisclosureControl control) {
        return new Dashboard(counters, control);
    }

    @Bean
    ReadModel readModel(Counters counters) {
        return new ReadModel(counters);
    }

    /** Bound to {@code sanctuary.gla.facts.v1} in dashboard.yml, and to nothing else; a poll at a time, applied as one batch. */
    @Bean
    Consumer<Message<?>> onFacts(ReadModel model, MeterRegistry meters, Clock clock) {
        return new FactsConsumer(model, meters, clock);
    }
}
