package london.sanctuary.proof.faults.kill;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import london.sanctuary.contracts.Topics;
import london.sanctuary.local.broker.TopicCreator;
import london.sanctuary.platform.test.ChildJvm;
import org.springframework.util.FileSystemUtils;

/**
 * The store and the broker as child JVMs on free ports, with their data in a temporary folder so that a
 * killed one comes back with what it had; the folder is deleted when the JVM ends. One pair per test JVM, shared
 * by the kill tests; each test uses its own borough, so its topics and databases are its own.
 */
final class Infrastructure {

    private static Infrastructure shared;

    final Path folder;
    final ChildJvm store;
    final ChildJvm broker;
    private final int storePort;
    private final int brokerPort;

    private Infrastructure(Path folder) {
        this.folder = folder;
        storePort = freePort();
        brokerPort = freePort();
        Path logs = folder.resolve("logs");
        store = ChildJvm.of(
                "store",
                logs,
                "256m",
                StoreProcess.class,
                List.of(folder.resolve("store").toString(), "" + storePort));
        broker = ChildJvm.of(
                "broker",
                logs,
                "512m",
                BrokerProcess.class,
                List.of(folder.resolve("broker").toString(), "" + brokerPort, "" + freePort()));
    }

    static synchronized Infrastructure shared() {
        if (shared == null) {
            try {
                shared = new Infrastructure(Files.createTempDirectory("proof-faults-kill"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Infrastructure started = shared;
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                started.broker.close();
                                started.store.close();
                                FileSystemUtils.deleteRecursively(started.folder.toFile());
                            },
                            "proof-infrastructure-stop"));
            shared.store.launch();
            shared.broker.launch();
            shared.store.awaitReady();
            shared.broker.awaitReady();
        }
        return shared;
    }

    String mongoUri() {
        return "mongodb://localhost:" + storePort;
    }

    String bootstrapServers() {
        return "localhost:" + brokerPort;
    }

    /** The borough's consent topic (where enrolments go), created with the platform's partitions. */
    String consentTopic(String borough) {
        String topic = Topics.borough(borough, "consent");
        try {
            TopicCreator.createMissing(bootstrapServers(), List.of(topic, Topics.deadLetter(topic)));
        } catch (Exception e) {
            throw new IllegalStateException("Could not create " + topic, e);
        }
        return topic;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
