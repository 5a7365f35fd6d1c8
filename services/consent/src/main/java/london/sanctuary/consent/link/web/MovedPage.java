package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.consent.link.MovedLink;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.link.sessions.SessionsForPerson;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.pages.council.Councils;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * What an old link opens once the person's support moved to another borough (decision 0069): 410, in their language.
 * While the link may say where, the new council's name and contacts and the sessions it has on, to be joined by
 * contacting it (the new council confirms their consent and gives them its own link at their first meeting); else
 * only that their support moved. The page sets no cookie: the old link opens nothing else.
 */
@Component
class MovedPage {

    private final MyPageSupport pages;
    private final SessionsForPerson engagement;
    private final Councils councils;

    MovedPage(MyPageSupport pages, SessionsForPerson engagement, Councils councils) {
        this.pages = pages;
        this.engagement = engagement;
        this.councils = councils;
    }

    ModelAndView of(MovedLink moved, HttpServletRequest request, HttpServletResponse response) {
        PersonalLink link = moved.link();
        Language language =
                pages.languageOf(moved.holder(), MyPageSupport.known(request.getParameter("lang")), request, response);
        Locale locale = Locale.forLanguageTag(language.tag());
        Map<String, Object> model = new HashMap<>(pages.wording(language));
        model.put("council", councils.of(moved.saysWhere().orElse(link.borough())));
        moved.saysWhere().ifPresent(to -> {
            model.put("to", councils.of(to));
            model.put("sessions", sessionsAt(to, link.participantRef(), locale));
            model.put("until", MyConsents.date(link.expiresAt(), locale));
        });
        return new ModelAndView("moved", model, HttpStatus.GONE);
    }

    /** The new borough's sessions still to come, as the person's page shows them; null when they cannot be read. */
    private List<MySession> sessionsAt(Borough to, ParticipantRef person, Locale locale) {
        try {
            return engagement.openTo(to, person).stream()
                    .map(s -> MySession.of(s, locale))
                    .toList();
        } catch (SessionsForPerson.Unavailable | SessionsForPerson.NotOpen e) {
            return null;
        }
    }
}
