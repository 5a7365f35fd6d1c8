package london.sanctuary.actions.loop.web;

import java.util.List;
import london.sanctuary.actions.loop.NoticeHistory;
import london.sanctuary.actions.loop.NoticeHistory.SentNotice;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * FindNoticesSent: the "you said, we did" notices a participant was sent, for their subject access request: to staff
 * at {@code /participants/{ref}/notices}, and to the person's own page (the consent service with the borough's
 * service token, nothing else passes) at {@code /personal/{ref}/notices} (decision 0065).
 */
@RestController
class NoticesController {

    private final NoticeHistory history;

    NoticesController(NoticeHistory history) {
        this.history = history;
    }

    /** What one participant was told; an empty list for anyone never told anything (or unknown here). */
    record NoticesToldTo(String participantRef, List<SentNotice> notices) {}

    @Audited("notices.read")
    @GetMapping("/api/boroughs/{borough}/participants/{ref}/notices")
    NoticesToldTo toldTo(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.OFFICER, Role.SERVICE_LEAD);
        return told(borough, ref);
    }

    @Audited("notices.read.self")
    @GetMapping("/api/boroughs/{borough}/personal/{ref}/notices")
    NoticesToldTo toldToThemselves(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE);
        return told(borough, ref);
    }

    private NoticesToldTo told(String borough, String ref) {
        ParticipantRef participant = ParticipantRef.of(ref);
        return new NoticesToldTo(participant.toString(), history.toldTo(Borough.of(borough), participant));
    }
}
