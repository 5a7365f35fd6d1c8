package london.sanctuary.consent.config;

import java.time.Clock;
import london.sanctuary.consent.crypto.DataKeys;
import london.sanctuary.consent.crypto.KeyEncryptionKey;
import london.sanctuary.consent.crypto.persistence.MongoWrappedKeys;
import london.sanctuary.consent.participant.Enrolment;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.consent.participant.persistence.MongoParticipants;
import london.sanctuary.consent.purpose.ConsentDesk;
import london.sanctuary.consent.receipt.Receipts;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java features to their stores: the domain knows no Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsentSettings.class)
class ConsentConfiguration {

    @Bean
    DataKeys dataKeys(BoroughStores stores, ConsentSettings settings) {
        return new DataKeys(new MongoWrappedKeys(stores), KeyEncryptionKey.fromBase64(settings.keyEncryptionKey()));
    }

    @Bean
    Participants participants(BoroughStores stores) {
        return new MongoParticipants(stores);
    }

    @Bean
    Enrolment enrolment(Participants participants, DataKeys keys, Clock clock) {
        return new Enrolment(participants, keys, clock);
    }

    @Bean
    ParticipantLookup participantLookup(Participants participants, DataKeys keys) {
        return new ParticipantLookup(participants, keys);
    }

    @Bean
    Erasure erasure(Participants participants, DataKeys keys, Clock clock) {
        return new Erasure(participants, keys, clock);
    }

    @Bean
    ConsentDesk consentDesk(ParticipantLookup lookup, Participants participants, Clock clock) {
        return new ConsentDesk(lookup, participants, clock);
    }

    @Bean
    Receipts receipts(ParticipantLookup lookup, ConsentSettings settings, Clock clock) {
        return new Receipts(lookup, settings.policyUrl(), clock);
    }
}
