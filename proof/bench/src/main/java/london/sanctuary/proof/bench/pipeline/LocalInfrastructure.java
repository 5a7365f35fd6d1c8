package london.sanctuary.proof.bench.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Topics;
import london.sanctuary.local.LocalSettings;
import london.sanctuary.local.broker.KafkaBroker;
import london.sanctuary.local.broker.TopicCreator;
import london.sanctuary.local.store.DocumentStore;
import org.springframework.util.FileSystemUtils;

/**
 * What the local platform runs on, started in this JVM on free ports in a temporary folder: the real Kafka broker
 * (KRaft) with every platform topic of the boroughs, and the MongoDB-protocol store with its H2 file backend, as
 * {@code ./run-local} uses it. Both are removed on close.
 */
public final class LocalInfrastructure implements AutoCloseable {

    private final Path dataDir;
    private final KafkaBroker broker;
    private final DocumentStore store;

    private LocalInfrastructure(Path dataDir, KafkaBroker broker, DocumentStore store) {
        this.dataDir = dataDir;
        this.broker = broker;
        this.store = store;
    }

    public static LocalInfrastructure start(List<String> boroughs) throws Exception {
        Path dataDir = Files.createTempDirectory("bench-pipeline-");
        Map<String, Integer> ports = LocalSettings.freePorts(List.of("kafka", "controller", "mongo"));
        DocumentStore store = DocumentStore.start(dataDir.resolve("mongo"), ports.get("mongo"));
        KafkaBroker broker = KafkaBroker.start(dataDir.resolve("kafka"), ports.get("kafka"), ports.get("controller"));
        TopicCreator.createMissing(broker.bootstrapServers(), Topics.all(boroughs));
        return new LocalInfrastructure(dataDir, broker, store);
    }

    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    public String mongoUri() {
        return store.connectionString();
    }

    public Path dataDir() {
        return dataDir;
    }

    @Override
    public void close() throws Exception {
        try {
            broker.close();
            store.close();
        } finally {
            FileSystemUtils.deleteRecursively(dataDir);
        }
    }
}
