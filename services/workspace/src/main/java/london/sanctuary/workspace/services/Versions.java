package london.sanctuary.workspace.services;

import org.springframework.http.ResponseEntity;

/**
 * An aggregate's version between the services and the workspace: the services answer it as the ETag ({@code "3"}),
 * and the workspace sends it back as {@code If-Match}, so a change made against a stale page is refused.
 */
public final class Versions {

    private Versions() {}

    /** The version an answer's ETag carries, or null when it has none (a list answers without ETags). */
    public static Long of(ResponseEntity<?> answer) {
        String etag = answer.getHeaders().getETag();
        return etag == null ? null : Long.valueOf(etag.replaceFirst("^W/", "").replace("\"", ""));
    }

    /** The {@code If-Match} header's value for a version. */
    public static String ifMatch(long version) {
        return "\"" + version + "\"";
    }
}
