package london.sanctuary.actions.quote.web;

import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.action.ActionId;
import london.sanctuary.actions.quote.Quote;
import london.sanctuary.actions.quote.QuoteDesk;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** PickQuote, UnpickQuote and FindQuotes: the quotes staff picked for an action, as they may be shown now. */
@RestController
class QuoteController {

    private final QuoteDesk desk;

    QuoteController(QuoteDesk desk) {
        this.desk = desk;
    }

    @PostMapping("/api/boroughs/{borough}/actions/{id}/quotes")
    @ResponseStatus(HttpStatus.CREATED)
    QuoteView pick(@PathVariable String borough, @PathVariable String id, @RequestBody QuoteRequest request) {
        String by = Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER).id();
        return QuoteView.of(desk.pick(
                Borough.of(borough), ActionId.parse(id), request.responseId(), request.lang(), request.text(), by));
    }

    @DeleteMapping("/api/boroughs/{borough}/actions/{id}/quotes/{responseId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unpick(@PathVariable String borough, @PathVariable String id, @PathVariable String responseId) {
        Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER);
        desk.unpick(Borough.of(borough), ActionId.parse(id), responseIdOf(responseId));
    }

    @GetMapping("/api/boroughs/{borough}/actions/{id}/quotes")
    List<QuoteView> quotes(@PathVariable String borough, @PathVariable String id) {
        Caller.requireAnyOf(Role.SERVICE_LEAD, Role.OFFICER);
        return desk.shown(Borough.of(borough), ActionId.parse(id)).stream()
                .map(QuoteView::of)
                .toList();
    }

    /** A response id as an address names it: one that is not an id names no quote (404, like an unknown one). */
    private static UUID responseIdOf(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFound("Quote");
        }
    }

    /** The body of picking a quote. */
    record QuoteRequest(UUID responseId, String language, String text) {

        Language lang() {
            try {
                return language == null ? null : Language.of(language);
            } catch (IllegalArgumentException e) {
                throw new InvalidValue("language", "must be a language tag such as ti");
            }
        }
    }

    /** A quote as staff see it: never the person. */
    record QuoteView(UUID responseId, String language, String text) {

        static QuoteView of(Quote q) {
            return new QuoteView(q.responseId(), q.language().tag(), q.text());
        }
    }
}
