package london.sanctuary.platform.problem;

import london.sanctuary.contracts.refusal.InvalidValue;

/** Optimistic locking over HTTP: an aggregate's version as its ETag, and a request's {@code If-Match} read back. */
public final class IfMatch {

    private IfMatch() {}

    /**
     * {@code If-Match: "3"} (or {@code W/"3"}, or {@code 3}) as a version; absent, blank or {@code *} means any
     * version (null). Anything else is a 400 naming {@code If-Match}, telling what the ETag belongs to ({@code what}).
     */
    public static Long expectedVersion(String ifMatch, String what) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String bare = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.valueOf(bare);
        } catch (NumberFormatException e) {
            throw new InvalidValue("If-Match", "must be the ETag of the " + what + ", such as \"3\"");
        }
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }
}
