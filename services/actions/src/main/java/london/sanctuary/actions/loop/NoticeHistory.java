package london.sanctuary.actions.loop;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** The notices a participant was sent ("you said, we did"), as their subject access request sees them. */
@FunctionalInterface
public interface NoticeHistory {

    /** What one participant was told, oldest first. */
    List<SentNotice> toldTo(Borough borough, ParticipantRef participant);

    /** One notice as sent: the action it was about, the language and text it was sent in, when. */
    record SentNotice(UUID actionId, String language, String text, Instant sentAt) {}
}
