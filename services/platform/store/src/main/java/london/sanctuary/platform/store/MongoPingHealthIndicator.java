package london.sanctuary.platform.store;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Readiness of the store by a {@code ping}, which MongoDB and the embedded wire-protocol server both
 * answer (the stock indicator sends {@code hello}, which the embedded server rejects).
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

    private final MongoClient client;

    public MongoPingHealthIndicator(MongoClient client) {
        super("MongoDB ping failed");
        this.client = client;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
        builder.status(answer.get("ok", Number.class).intValue() == 1 ? "UP" : "DOWN");
    }
}
