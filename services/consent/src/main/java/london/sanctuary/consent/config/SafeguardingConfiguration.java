package london.sanctuary.consent.config;

import java.time.Clock;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.safeguarding.Concerns;
import london.sanctuary.consent.safeguarding.SafeguardingDesk;
import london.sanctuary.consent.safeguarding.persistence.MongoConcerns;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires safeguarding concerns: their store, and the person's data keys that seal their texts. */
@Configuration(proxyBeanMethods = false)
class SafeguardingConfiguration {

    @Bean
    Concerns concerns(BoroughStores stores) {
        return new MongoConcerns(stores);
    }

    @Bean
    SafeguardingDesk safeguardingDesk(ParticipantLookup lookup, Concerns concerns, EnvelopeKeys keys, Clock clock) {
        return new SafeguardingDesk(lookup, concerns, keys, clock);
    }
}
