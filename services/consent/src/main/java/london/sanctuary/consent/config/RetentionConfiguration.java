package london.sanctuary.consent.config;

import java.time.Clock;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.retention.RetentionReview;
import london.sanctuary.consent.retention.persistence.MongoRetentionRecords;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the retention review to the borough stores and the configured periods. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RetentionSettings.class)
class RetentionConfiguration {

    @Bean
    RetentionReview retentionReview(
            BoroughStores stores, ParticipantLookup lookup, RetentionSettings settings, Clock clock) {
        return new RetentionReview(new MongoRetentionRecords(stores), lookup, settings.policy(), clock);
    }
}
