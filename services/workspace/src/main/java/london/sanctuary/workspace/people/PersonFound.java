package london.sanctuary.workspace.people;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;

@JsonIgnoreProperties(ignoreUnknown = true)
/** A search result: what a list may show, never a phone or an e-mail. */
public record PersonFound(String participantRef, String name, List<String> preferredLanguages, Instant enrolledAt) {

    @Override
    public String toString() {
        return "PersonFound[" + participantRef + ", personal data hidden]";
    }
}
