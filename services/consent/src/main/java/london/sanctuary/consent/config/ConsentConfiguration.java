package london.sanctuary.consent.config;

import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.consent.limits.web.TooOftenAnswer;
import london.sanctuary.consent.participant.DetailsChange;
import london.sanctuary.consent.participant.Enrolment;
import london.sanctuary.consent.participant.Erasure;
import london.sanctuary.consent.participant.ErasureRequests;
import london.sanctuary.consent.participant.KeptUnderRef;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.ParticipantSearch;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.consent.participant.SearchKeys;
import london.sanctuary.consent.participant.persistence.MongoParticipants;
import london.sanctuary.consent.purpose.ConsentDesk;
import london.sanctuary.consent.receipt.Receipts;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.crypto.Keyring;
import london.sanctuary.platform.crypto.config.KeyringConfiguration;
import london.sanctuary.platform.crypto.persistence.MongoWrappedKeys;
import london.sanctuary.platform.problem.ProblemAnswer;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;

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

    /** Each served borough's key for the blind index; a configured one equal to the legacy data-key KEK is refused. */
    @Bean
    SearchKeys searchKeys(ConsentSettings settings, ServedBoroughs served, Environment environment) {
        String legacy = environment.getProperty("sanctuary.keyring.legacy-key", "");
        Map<Borough, byte[]> keys = new HashMap<>();
        for (String borough : served.codes()) {
            byte[] key = settings.searchKey(borough);
            if (!legacy.isBlank() && Base64.getEncoder().encodeToString(key).equals(legacy.strip())) {
                throw new IllegalStateException("The search key of " + borough + " must not be a data key's");
            }
            keys.put(Borough.of(borough), key);
        }
        return new SearchKeys(keys);
    }

    @Bean
    Enrolment enrolment(Participants participants, EnvelopeKeys keys, SearchKeys searchKeys, Clock clock) {
        return new Enrolment(participants, keys, searchKeys, clock);
    }

    @Bean
    ParticipantSearch participantSearch(Participants participants, ParticipantLookup lookup, SearchKeys keys) {
        return new ParticipantSearch(participants, lookup, keys);
    }

    @Bean
    DetailsChange detailsChange(
            Participants participants, ParticipantLookup lookup, EnvelopeKeys keys, SearchKeys searchKeys) {
        return new DetailsChange(participants, lookup, keys, searchKeys);
    }

    @Bean
    ParticipantLookup participantLookup(Participants participants, EnvelopeKeys keys) {
        return new ParticipantLookup(participants, keys);
    }

    @Bean
    Erasure erasure(Participants participants, EnvelopeKeys keys, Clock clock, List<KeptUnderRef> keptUnderRef) {
        return new Erasure(participants, keys, clock, keptUnderRef);
    }

    /** Receipts e-mailed, door scans: asked too often is 429 with Retry-After. */
    @Bean
    ProblemAnswer tooOftenAnswer() {
        return new TooOftenAnswer();
    }

    @Bean
    ErasureRequests erasureRequests(Participants participants, ParticipantLookup lookup, Clock clock) {
        return new ErasureRequests(participants, lookup, clock);
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
