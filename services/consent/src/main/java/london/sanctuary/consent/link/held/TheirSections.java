package london.sanctuary.consent.link.held;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.pages.subjectaccess.SubjectAccessBundle.Section;

/**
 * A section of the person's bundle held by another service of their borough, read at its personal address for the
 * person themselves (the ref is the opened link's, never the browser's word). A service down, slow, failing or not
 * configured is {@link NotReadNow}: the page names the section and says to try later.
 */
public interface TheirSections {

    /** The section as the service answered it (JSON as maps and lists), nothing kept. */
    Object read(Section section, Borough borough, ParticipantRef person);

    /** The section could not be read just now; the message names the service and why, never the person. */
    final class NotReadNow extends RuntimeException {

        public NotReadNow(String detail) {
            super(detail, null, false, false);
        }
    }
}
