package london.sanctuary.consent.config;

import java.time.Clock;
import london.sanctuary.consent.participant.Enrolment;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.consent.participant.persistence.MongoParticipants;
import london.sanctuary.consent.purpose.ConsentDesk;
import london.sanctuary.consent.receipt.Receipts;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.crypto.Keyring;
import london.sanctuary.platform.crypto.config.KeyringConfiguration;
import london.sanctuary.platform.crypto.persistence.MongoWrappedKeys;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Wires the plain-Java features to their stores: the domain knows no Spring. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsentSettings.class)
@Import(KeyringConfiguration.class)
class ConsentConfiguration {

    /** Each participant's data key in {@code participant_keys}, by participantRef, never overwritten. */
    @Bean
    EnvelopeKeys participantKeys(BoroughStores stores, Keyring keyring) {
        var layout = new MongoWrappedKeys.Layout("participant_keys", "wrappedKey", null, false);
        return new EnvelopeKeys("participant_keys", new MongoWrappedKeys(stores, layout), keyring, "data-key:");
    }

    @Bean
    Participants participants(BoroughStores stores, Clock clock) {
        return new MongoParticipants(stores, clock);
    }

    @Bean
    Enrolment enrolment(Participants participants, EnvelopeKeys keys, Clock clock) {
        return new Enrolment(participants, keys, clock);
    }

    @Bean
    ParticipantLookup participantLookup(Participants participants, EnvelopeKeys keys) {
        return new ParticipantLookup(participants, keys);
    }

    @Bean
    Erasure erasure(Participants participants, EnvelopeKeys keys, Clock clock) {
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
