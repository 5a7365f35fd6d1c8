package london.sanctuary.local.store;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-wire-protocol store ({@code mongo-java-server}) with its H2 file backend, so
 * documents survive a restart. See STACK.md for what it does not support.
 */
public final class DocumentStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final MongoServer server;
    private final int port;

    private DocumentStore(MongoServer server, int port) {
        this.server = server;
        this.port = port;
    }

    public static DocumentStore start(Path dataDir, int port) throws Exception {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("sanctuary.mv");
        MongoServer server;
        try {
            server = new MongoServer(new H2Backend(file.toString()));
        } catch (RuntimeException locked) {
            if (String.valueOf(locked.getMessage()).contains("locked")) {
                throw new IllegalStateException("The data folder " + dataDir.getParent()
                        + " is in use by another running local platform: stop that one first, or start this one"
                        + " with --sanctuary.local.data-dir=<another folder>");
            }
            throw locked;
        }
        server.bind("localhost", port);
        log.info("MongoDB-protocol store listening on localhost:{}, data in {}", port, file);
        return new DocumentStore(server, port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        // shutdown() closes client connections and the backend, which flushes the H2 file.
        server.shutdown();
        log.info("MongoDB-protocol store stopped");
    }
}
