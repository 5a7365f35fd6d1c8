package london.sanctuary.feedback.quote.web;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.feedback.quote.QuotableAnswers;
import london.sanctuary.feedback.response.web.ResponseQuery;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** FindQuotableAnswers: the written answers behind a theme whose writers hold PUBLISH_QUOTE now (decision 0042). */
@RestController
class QuotableAnswersController {

    private final QuotableAnswers answers;

    QuotableAnswersController(QuotableAnswers answers) {
        this.answers = answers;
    }

    /** The same filters as the borough's responses, the theme required; newest first. */
    @Audited(value = "feedback.quotable-read", participant = "", record = "formId")
    @GetMapping("/api/boroughs/{borough}/quotable-answers")
    ResponseEntity<List<QuotableAnswerView>> find(@PathVariable String borough, @ParameterObject ResponseQuery query) {
        Caller.requireAnyOf(Role.OFFICER);
        List<QuotableAnswerView> found = answers.find(Borough.of(borough), query.toFilter()).stream()
                .map(QuotableAnswerView::of)
                .toList();
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(found);
    }
}
