package london.sanctuary.workspace.directory;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The export previewed and not yet confirmed, kept in the signed-in person's session (the server's, like their
 * tokens) so that confirming imports exactly the file the preview showed, and nothing the browser sends again. The
 * preview page carries its {@code digest}: a confirmation from an older preview's page imports nothing.
 */
record PendingImport(byte[] export, String digest) implements Serializable {

    private static final String KEY = PendingImport.class.getName();

    static PendingImport keep(HttpSession session, byte[] export) {
        PendingImport pending = new PendingImport(export, sha256(export));
        session.setAttribute(KEY, pending);
        return pending;
    }

    /** The export previewed with this {@code digest}, taken out of the session; empty when it is not there. */
    static Optional<PendingImport> take(HttpSession session, String digest) {
        if (!(session.getAttribute(KEY) instanceof PendingImport pending)
                || !pending.digest().equals(digest)) {
            return Optional.empty();
        }
        session.removeAttribute(KEY);
        return Optional.of(pending);
    }

    private static String sha256(byte[] export) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(export));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
