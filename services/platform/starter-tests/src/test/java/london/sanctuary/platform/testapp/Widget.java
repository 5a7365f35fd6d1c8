package london.sanctuary.platform.testapp;

import java.util.ArrayList;
import java.util.List;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/** An aggregate document that carries its pending events, as every service's aggregates do. */
@Document("widgets")
public class Widget {

    @Id
    public String id;

    @Version
    public Long version;

    public String name;
    public List<OutboxEntry> outbox = new ArrayList<>();
}
