package london.sanctuary.local.broker;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kafka.server.KafkaConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What {@code kafka-storage.sh format} does, done in-process and only when needed. */
final class StorageFormat {

    private static final Logger log = LoggerFactory.getLogger(StorageFormat.class);

    private StorageFormat() {}

    static void ensureFormatted(KafkaConfig config) throws Exception {
        Path metadataDir = Path.of(config.metadataLogDir());
        if (Files.exists(metadataDir.resolve("meta.properties"))) {
            log.debug("Kafka storage in {} is already formatted", metadataDir);
            return;
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        Formatter formatter = new Formatter()
                .setPrintStream(new PrintStream(output, true, StandardCharsets.UTF_8))
                .setNodeId(config.nodeId())
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(config.metadataLogDir())
                .setIgnoreFormatted(true);
        config.logDirs().forEach(formatter::addDirectory);
        formatter.run();
        log.info(
                "Formatted Kafka storage: {}",
                output.toString(StandardCharsets.UTF_8).trim());
    }
}
