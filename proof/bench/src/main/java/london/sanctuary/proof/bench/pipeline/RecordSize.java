package london.sanctuary.proof.bench.pipeline;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import london.sanctuary.platform.messaging.CloudEventRecords;
import london.sanctuary.proof.bench.pipeline.service.ConsentGrants;
import london.sanctuary.proof.bench.pipeline.service.GrantsService;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;

/** The bytes one platform event puts on the wire: key, CloudEvents headers and JSON data of a ConsentGranted. */
final class RecordSize {

    private RecordSize() {}

    /** Measured on the record the outbox relay builds ({@code CloudEventRecords.toRecord}) for one grant. */
    static int ofConsentGranted() {
        ConsentGrants participant = new ConsentGrants("newham");
        ProducerRecord<String, byte[]> record =
                CloudEventRecords.toRecord(participant.grantedEntry(Instant.now()), GrantsService.NAME);
        int size = record.key().getBytes(StandardCharsets.UTF_8).length + record.value().length;
        for (Header header : record.headers()) {
            size += header.key().getBytes(StandardCharsets.UTF_8).length + header.value().length;
        }
        return size;
    }
}
