package london.sanctuary.consent.link.web;

import java.time.Instant;
import java.util.Optional;
import london.sanctuary.contracts.Language;

/**
 * What the person's page cookie carries once their link opened: the borough and the hash of the token (never the
 * token), the language of their pages (their own when the link opened, or the one they chose since), and until when the cookie opens the page unless they come back. The link
 * is checked again on every request, so ending it ends every page at once, on every replica.
 */
record OpenedLink(String borough, String hash, String language, Instant until) {

    private static final String NONE = "-";

    OpenedLink inLanguage(String tag) {
        return new OpenedLink(borough, hash, tag, until);
    }

    OpenedLink until(Instant later) {
        return new OpenedLink(borough, hash, language, later);
    }

    /** The language of the person's pages, when it is one the pages are worded in. */
    Optional<Language> chosen() {
        return Language.known(language);
    }

    String written() {
        return String.join(
                " ", borough, hash, language == null ? NONE : language, String.valueOf(until.getEpochSecond()));
    }

    /** The cookie's content read back; empty for anything not written by {@link #written()}. */
    static Optional<OpenedLink> read(String written) {
        String[] parts = written.split(" ", -1);
        if (parts.length != 4 || !parts[3].matches("\\d{1,12}")) {
            return Optional.empty();
        }
        String language = parts[2].equals(NONE) ? null : parts[2];
        return Optional.of(
                new OpenedLink(parts[0], parts[1], language, Instant.ofEpochSecond(Long.parseLong(parts[3]))));
    }
}
