package london.sanctuary.actions.action;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.refusal.InvalidValue;

/** Staff's note of progress on an action, with links to evidence (https only). */
public record ProgressNote(String text, List<URI> evidence, String writtenBy, Instant writtenAt) {

    private static final int LONGEST = 4000;

    public ProgressNote {
        if (text == null || text.isBlank() || text.length() > LONGEST) {
            throw new InvalidValue("text", "must be 1 to " + LONGEST + " characters");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        evidence.forEach(ProgressNote::checkLink);
    }

    /** Links as sent: each must be an absolute https URL. */
    public static List<URI> links(List<String> urls) {
        if (urls == null) {
            return List.of();
        }
        return urls.stream().map(ProgressNote::link).toList();
    }

    private static URI link(String url) {
        try {
            URI uri = new URI(url);
            checkLink(uri);
            return uri;
        } catch (java.net.URISyntaxException | NullPointerException e) {
            throw new InvalidValue("evidence", "each link must be an https URL");
        }
    }

    private static void checkLink(URI uri) {
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new InvalidValue("evidence", "each link must be an https URL");
        }
    }
}
