package london.sanctuary.proof.faults.kill.app;

import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate as every service keeps one: its state and, in the same document, the events it has not yet published. */
@Document(Enrolment.COLLECTION)
class Enrolment {

    static final String COLLECTION = "enrolments";

    @Id
    String id;

    @Version
    Long version;

    String participantRef;
    List<OutboxEntry> outbox = new ArrayList<>();
}
