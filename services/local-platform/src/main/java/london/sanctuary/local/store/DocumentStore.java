package london.sanctuary.local.store;

import de.bwaldvogel.mongo.MongoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import london.sanctuary.platform.embedded.EmbeddedStores;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded MongoDB-wire-protocol store ({@code mongo-java-server}) with its H2 file backend, so
 * documents survive a restart, and the non-unique indexes the test kit has too ({@link EmbeddedStores}), its old versions held for the reads still walking them ({@link VersionPin}). See
 * STACK.md for what it does not support.
 */
public final class DocumentStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DocumentStore.class);

    private final MongoServer server;
    private final VersionPin pin;
    private final int port;

    private DocumentStore(MongoServer server, VersionPin pin, int port) {
        this.server = server;
        this.pin = pin;
        this.port = port;
    }

    public static DocumentStore start(Path dataDir, int port) throws Exception {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve("sanctuary.mv");
        MVStore store;
        try {
            store = MVStore.open(file.toString());
        } catch (RuntimeException locked) {
            if (String.valueOf(locked.getMessage()).contains("locked")) {
                throw new IllegalStateException("The data folder " + dataDir.getParent()
                        + " is in use by another running local platform: stop that one first, or start this one"
                        + " with --sanctuary.local.data-dir=<another folder>");
            }
            throw locked;
        }
        VersionPin pin = VersionPin.hold(store);
        MongoServer server = new MongoServer(EmbeddedStores.onDisk(store));
        server.bind("localhost", port);
        log.info("MongoDB-protocol store listening on localhost:{}, data in {}", port, file);
        return new DocumentStore(server, pin, port);
    }

    public String connectionString() {
        return "mongodb://localhost:" + port;
    }

    @Override
    public void close() {
        // shutdown() closes client connections and the backend, which flushes the H2 file.
        pin.close();
        server.shutdown();
        log.info("MongoDB-protocol store stopped");
    }
}
