package london.sanctuary.workspace.sessions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.workspace.services.PageErrors;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** The session's page: the session, its people's names, a search's results and the errors of the last form. */
final class SessionPageModel {

    private SessionPageModel() {}

    static ModelAndView page(
            SessionDiary diary,
            PeopleFinder people,
            String borough,
            String id,
            String q,
            PageErrors errors,
            HttpStatus status) {
        SessionDetails session = diary.find(borough, id);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("details", session);
        model.put("title", session.titleIn(SessionPages.language()));
        model.put("names", SessionNames.of(people, borough, session));
        model.put("q", q == null ? "" : q);
        model.put("found", q == null || q.isBlank() ? List.of() : people.search(borough, q.strip()));
        model.put("accessNeeds", SessionChoices.ACCESS_NEEDS);
        model.put("languages", SessionChoices.LANGUAGES);
        model.put("errors", errors);
        return new ModelAndView("sessions/session", model, status);
    }
}
