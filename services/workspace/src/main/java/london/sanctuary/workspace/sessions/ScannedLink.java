package london.sanctuary.workspace.sessions;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A personal-link card read at the door (decision 0063): its QR code holds the person's link, {@code
 * <base>/public/me/<token>}, which a camera or a keyboard-wedge scanner gives as text. The token is only passed on
 * to the consent service, never kept, logged or shown.
 */
final class ScannedLink {

    private static final Pattern LINK = Pattern.compile("/public/me/([A-Za-z0-9_-]{43})/?\\s*$");

    private ScannedLink() {}

    /** The link's token, if the text scanned is a personal link. */
    static Optional<String> tokenIn(String scanned) {
        Matcher link = LINK.matcher(scanned == null ? "" : scanned.strip());
        return link.find() ? Optional.of(link.group(1)) : Optional.empty();
    }
}
