package london.sanctuary.engagement.session.web;

import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.engagement.session.SeriesPlace;
import london.sanctuary.engagement.session.SessionDesk;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A recurring series: its meetings, and registering a standing forum's members for every meeting to come. */
@RestController
@RequestMapping("/api/boroughs/{borough}/sessions/series/{seriesId}")
class SeriesController {

    private final SessionDesk desk;

    SeriesController(SessionDesk desk) {
        this.desk = desk;
    }

    @GetMapping
    SeriesAnswer meetings(@PathVariable String borough, @PathVariable String seriesId) {
        boolean officer = Caller.current().has(Role.OFFICER);
        return new SeriesAnswer(
                seriesId,
                desk.series(Borough.of(borough), SessionController.sessionId(seriesId)).stream()
                        .map(s -> officer ? SessionView.of(s) : SessionView.publicOf(s))
                        .toList());
    }

    /**
     * Registers the member for every meeting still to come they are not registered for yet (PARTICIPATE checked,
     * 422 {@code participantRef} without it); a full meeting puts them on its waitlist.
     */
    @Audited(value = "series.member-registered", participant = "participantRef", record = "seriesId")
    @PostMapping("/members")
    MembersAnswer registerMember(
            @PathVariable String borough, @PathVariable String seriesId, @RequestBody RegistrationRequest request) {
        Caller.requireAnyOf(Role.OFFICER);
        List<SeriesPlace> places =
                desk.registerMember(Borough.of(borough), SessionController.sessionId(seriesId), request.toCommand());
        return new MembersAnswer(
                seriesId,
                request.participantRef(),
                places.stream()
                        .map(p -> new PlaceView(
                                p.sessionId().toString(),
                                p.startsAt(),
                                p.status().name()))
                        .toList());
    }

    /** The meetings of a series, earliest first. */
    record SeriesAnswer(String seriesId, List<SessionView> items) {}

    /** Where a member now stands at each meeting they were registered for. */
    record MembersAnswer(String seriesId, String participantRef, List<PlaceView> places) {}

    /** One meeting's place: REGISTERED or WAITLISTED. */
    record PlaceView(String sessionId, Instant startsAt, String status) {}
}
