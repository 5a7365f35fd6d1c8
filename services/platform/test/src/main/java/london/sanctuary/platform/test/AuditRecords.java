package london.sanctuary.platform.test;

import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * What a borough's audit trail holds about a person (the platform-audit module's {@code audit} collection), as
 * stored, so a test can check who, what and when were recorded and that nothing personal was.
 */
public final class AuditRecords {

    private AuditRecords() {}

    /** The entries about the person, oldest first. */
    public static List<Document> about(MongoTemplate boroughStore, String participantRef) {
        return boroughStore.find(
                Query.query(Criteria.where("participantRef").is(participantRef)).with(Sort.by("at")),
                Document.class,
                "audit");
    }

    /** The entries about the person with that action, oldest first. */
    public static List<Document> about(MongoTemplate boroughStore, String participantRef, String action) {
        return about(boroughStore, participantRef).stream()
                .filter(entry -> action.equals(entry.getString("action")))
                .toList();
    }

    /** A staff member's token as the local authorization server signs it: a username and a display name. */
    public static String staffToken(String username, String name, String borough, List<String> roles) {
        return TestTokens.sign(
                TestTokens.claims(username, borough, roles).claim("name", name).build());
    }
}
