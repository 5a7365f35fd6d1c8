package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import london.sanctuary.consent.link.sessions.OpenSession;
import london.sanctuary.consent.link.sessions.SessionsForPerson;
import london.sanctuary.consent.participant.GrantConsent;
import london.sanctuary.consent.purpose.ConsentDesk;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.LegalBasis;
import london.sanctuary.contracts.refusal.Conflict;
import london.sanctuary.contracts.refusal.Gone;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The person's sessions ({@code /public/me/sessions}, decision 0062): those still to come in their borough, what
 * they are booked on, sign up (a place, or the waitlist when full), cancel, and one session's {@code .ics}. The ref is
 * the opened link's; engagement is asked through {@link SessionsForPerson} with the borough's service token. Without
 * PARTICIPATE, signing up asks for it first in plain words and records it as staff would, method online, by
 * {@value MyPageSupport#SELF_ONLINE}. Every POST answers with a redirect; a session not open to them is the
 * page's 404; engagement down is said plainly on the page, never a 5xx.
 */
@Controller
@RequestMapping("/public/me/sessions")
class MySessionsController {

    /** The plain-words notice the person agrees to on the page ({@code take.notice} in the sessions bundle). */
    static final String TAKE_PART_NOTICE = "personal-link/sessions v1";

    private final SessionsForPerson engagement;
    private final ConsentDesk consents;
    private final MyPageSupport pages;
    private final Clock clock;

    MySessionsController(SessionsForPerson engagement, ConsentDesk consents, MyPageSupport pages, Clock clock) {
        this.engagement = engagement;
        this.consents = consents;
        this.pages = pages;
        this.clock = clock;
    }

    @GetMapping
    String list(
            @RequestParam(name = "done", required = false) String done,
            @RequestParam(name = "refused", required = false) String refused,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Opened opened = pages.opened(request, null, response);
        List<MySession> sessions;
        try {
            sessions = engagement.openTo(opened.link().borough(), opened.link().participantRef()).stream()
                    .map(s -> MySession.of(s, opened.locale()))
                    .toList();
        } catch (SessionsForPerson.Unavailable e) {
            sessions = null;
        }
        model.addAttribute("sessions", sessions);
        model.addAttribute(
                "booked",
                sessions == null
                        ? List.of()
                        : sessions.stream().filter(MySession::signedUp).toList());
        model.addAttribute("done", Banner.known(done));
        model.addAttribute("refused", Banner.known(refused));
        return "my-sessions";
    }

    @PostMapping("/{id}/sign-up")
    String signUp(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Opened opened = pages.opened(request, null, response);
        if (!opened.participant().check(ConsentPurpose.PARTICIPATE, clock).holds()) {
            return "redirect:/public/me/sessions/" + SessionIds.checked(id) + "/take-part";
        }
        try {
            OpenSession signed =
                    engagement.signUp(opened.link().borough(), opened.link().participantRef(), SessionIds.checked(id));
            pages.audit(opened.link(), "registration.created.self", signed.sessionId());
            return "redirect:/public/me/sessions?done=" + (signed.waiting() ? "waitlisted" : "placed");
        } catch (SessionsForPerson.Refused e) {
            return "redirect:/public/me/sessions?refused=signUp";
        } catch (SessionsForPerson.Unavailable e) {
            return "redirect:/public/me/sessions?refused=unavailable";
        }
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Opened opened = pages.opened(request, null, response);
        try {
            OpenSession left =
                    engagement.cancel(opened.link().borough(), opened.link().participantRef(), SessionIds.checked(id));
            pages.audit(opened.link(), "registration.cancelled.self", left.sessionId());
            return "redirect:/public/me/sessions?done=cancelled";
        } catch (SessionsForPerson.Refused e) {
            return "redirect:/public/me/sessions?refused=cancel";
        } catch (SessionsForPerson.Unavailable e) {
            return "redirect:/public/me/sessions?refused=unavailable";
        }
    }

    /** The question before a first sign-up: may the council keep their name on the list of the sessions they join. */
    @GetMapping("/{id}/take-part")
    String askToTakePart(
            @PathVariable String id, HttpServletRequest request, HttpServletResponse response, Model model) {
        pages.opened(request, null, response);
        model.addAttribute("sessionId", SessionIds.checked(id));
        return "take-part";
    }

    @PostMapping("/{id}/take-part")
    String takePart(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Opened opened = pages.opened(request, null, response);
        String session = SessionIds.checked(id);
        if (!opened.participant().check(ConsentPurpose.PARTICIPATE, clock).holds()) {
            try {
                var granted = consents.grant(
                        opened.link().borough(),
                        opened.link().participantRef(),
                        new GrantConsent(
                                ConsentPurpose.PARTICIPATE,
                                LegalBasis.CONSENT,
                                ConsentMethod.ONLINE,
                                Language.of(opened.locale().toLanguageTag()),
                                TAKE_PART_NOTICE,
                                null,
                                MyPageSupport.SELF_ONLINE),
                        null);
                pages.audit(
                        opened.link(),
                        "consent.granted",
                        granted.value().consentId().toString());
            } catch (RuleBroken | Conflict alreadyGiven) {
                // "Yes" pressed twice, or staff recorded it at the same moment: it is given, as the person asked
            }
        }
        return "redirect:/public/me/sessions?done=consented#session-" + session;
    }

    @GetMapping("/{id}/calendar.ics")
    ResponseEntity<String> calendar(@PathVariable String id, HttpServletRequest request, HttpServletResponse response) {
        Opened opened = pages.opened(request, null, response);
        String ics;
        try {
            ics = engagement.calendar(
                    opened.link().borough(),
                    opened.link().participantRef(),
                    SessionIds.checked(id),
                    Language.of(opened.locale().toLanguageTag()));
        } catch (SessionsForPerson.Unavailable e) {
            return ResponseEntity.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, "/public/me/sessions?refused=unavailable")
                    .build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("session.ics")
                                .build()
                                .toString())
                .body(ics);
    }

    /** A session id that is not one, a session not open to them, no link: the page's one 404. */
    @ExceptionHandler({NotFound.class, Gone.class, SessionsForPerson.NotOpen.class})
    ModelAndView nothing(HttpServletRequest request, HttpServletResponse response) {
        return pages.notFound(request, response);
    }

    /** The banners the page knows; anything else in the address is ignored. */
    enum Banner {
        placed,
        waitlisted,
        cancelled,
        consented,
        signUp,
        cancel,
        unavailable;

        static String known(String asked) {
            for (Banner banner : values()) {
                if (banner.name().equals(asked)) {
                    return banner.name();
                }
            }
            return null;
        }
    }
}
