package london.sanctuary.consent.link.web;

import java.io.Serializable;

/**
 * What the person's session keeps once their link opened: the borough and the hash of the token (never the token),
 * and the language they chose. The link is checked again on every request, so ending it ends the session's access.
 */
record OpenedLink(String borough, String hash, String language) implements Serializable {

    static final String KEY = OpenedLink.class.getName();

    OpenedLink inLanguage(String tag) {
        return new OpenedLink(borough, hash, tag);
    }
}
