package london.sanctuary.proof.faults.recovery;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.HashMap;
import java.util.Map;
import london.sanctuary.local.ContextLauncher;
import london.sanctuary.platform.test.EmbeddedInfrastructure;
import london.sanctuary.platform.test.TestTokens;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts a platform service's real Spring context in this JVM, as its own deployment (so consumer groups of its
 * own), against the shared broker, a store given by URI and the test token issuer.
 */
final class ServiceContexts {

    static {
        // Several contexts share this JVM's logging (local-platform's logback.xml); none may reset it.
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    private ServiceContexts() {}

    /** {@code application} with its {@code <name>.yml}, wired to the shared broker and {@code storeUri}, over {@code own}. */
    static ConfigurableApplicationContext start(
            Class<?> application, String name, String deployment, String storeUri, Map<String, ?> own) {
        Map<String, Object> wiring = new HashMap<>(own);
        wiring.put("spring.config.name", name);
        wiring.put("server.port", 0);
        wiring.put("sanctuary.deployment", deployment);
        wiring.put("spring.kafka.bootstrap-servers", EmbeddedInfrastructure.kafkaBootstrapServers());
        wiring.put("spring.mongodb.uri", storeUri);
        wiring.put("sanctuary.security.issuer", TestTokens.ISSUER);
        wiring.put("sanctuary.security.public-key-location", TestTokens.publicKeyLocation());
        return ContextLauncher.run(application, wiring);
    }

    /** An empty in-memory store of its own, for a service that replays into nothing. */
    static MongoServer emptyStore() {
        return new MongoServer(new MemoryBackend());
    }
}
