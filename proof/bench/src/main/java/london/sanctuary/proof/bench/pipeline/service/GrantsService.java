package london.sanctuary.proof.bench.pipeline.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The smallest service built on the platform starter that has the whole event path: one aggregate ({@link
 * ConsentGrants}, written through the starter's {@code AggregateWrites}), the starter's outbox relay, and one
 * consumer applying each {@code ConsentGranted} once through the starter's inbox ({@link GrantEffects}). A real
 * service would add HTTP and domain rules in front; the benchmark measures what lies behind them.
 */
@SpringBootApplication
public class GrantsService {

    public static final String NAME = "grants";

    /** The consumer's one binding, over every served borough's consent topic. */
    public static final String BINDING = GrantEffects.BINDING + "-in-0";

    /** Its configuration: what a service's YAML and the local platform's wiring would say. */
    public static Map<String, Object> properties(String bootstrapServers, String mongoUri, List<String> boroughs) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("spring.config.name", NAME);
        p.put("sanctuary.service", NAME);
        p.put("sanctuary.boroughs", String.join(",", boroughs));
        p.put("sanctuary.outbox.collections", ConsentGrants.COLLECTION);
        p.put("spring.kafka.bootstrap-servers", bootstrapServers);
        p.put("spring.cloud.stream.kafka.binder.brokers", bootstrapServers);
        p.put("spring.mongodb.uri", mongoUri + "/" + NAME);
        // Tokens are never checked here: the keys are looked up only when a request carries one.
        p.put("sanctuary.security.issuer", "http://localhost:1");
        p.put("sanctuary.security.jwk-set-uri", "http://localhost:1/oauth2/jwks");
        p.put("server.port", 0);
        p.put("server.address", "localhost");
        p.put("spring.cloud.function.definition", GrantEffects.BINDING);
        p.put("spring.cloud.stream.bindings." + BINDING + ".destination", "${sanctuary.topics.consent}");
        return p;
    }
}
