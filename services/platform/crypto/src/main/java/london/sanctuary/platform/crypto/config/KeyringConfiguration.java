package london.sanctuary.platform.crypto.config;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.crypto.FileKeyring;
import london.sanctuary.platform.crypto.KeyRotation;
import london.sanctuary.platform.crypto.Keyring;
import london.sanctuary.platform.crypto.RotationLock;
import london.sanctuary.platform.crypto.persistence.MongoRotationLock;
import london.sanctuary.platform.schedule.PeriodicJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The keyring and its rotation, for a service that keeps data keys: it {@code @Import}s this and declares an
 * {@link EnvelopeKeys} bean for each kind of key it keeps; the rotation re-wraps them all. A deployment with a KMS
 * declares its own {@link Keyring} bean, and the file keyring steps aside.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KeyringSettings.class)
@Import(KeyRotationController.class)
public class KeyringConfiguration {

    @Bean
    @ConditionalOnMissingBean(Keyring.class)
    Keyring keyring(KeyringSettings settings, Clock clock) {
        Keyring keyring = new FileKeyring(settings.location(), clock);
        KeyRotation.prepare(keyring, settings.legacyKeyBytes());
        return keyring;
    }

    @Bean
    RotationLock rotationLock(MongoTemplate store, @Value("${sanctuary.service}") String service, Clock clock) {
        return new MongoRotationLock(store, service, clock);
    }

    @Bean
    KeyRotation keyRotation(
            Keyring keyring,
            List<EnvelopeKeys> kinds,
            ServedBoroughs served,
            RotationLock lock,
            KeyringSettings settings) {
        KeyRotation.prepare(keyring, settings.legacyKeyBytes());
        return new KeyRotation(
                keyring, kinds, served.codes(), lock, new KeyRotation.Timing(settings.settle(), settings.lockAtMost()));
    }

    @Bean
    Rotations rotations(KeyRotation rotation, Keyring keyring, MeterRegistry registry, Clock clock) {
        return new Rotations(rotation, keyring, registry, clock);
    }

    @Bean
    PeriodicJob scheduledRotation(Rotations rotations, KeyringSettings settings) {
        return ScheduledRotation.of(rotations, settings);
    }
}
