package london.sanctuary.workspace.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import london.sanctuary.contracts.Language;
import london.sanctuary.workspace.London;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One action: move it on, add progress notes with evidence, complete it with the "we did" statement in English and
 * each language of the people heard side by side, review and reopen it, pick the quotes that may be published, and
 * its history. Every change is sent against the version shown; a change made meanwhile shows the latest again.
 */
@Controller
class ActionPage {

    private final ActionBoard board;
    private final ActionForms forms;
    private final QuoteSource feedback;

    ActionPage(ActionBoard board, ActionForms forms, QuoteSource feedback) {
        this.board = board;
        this.forms = forms;
        this.feedback = feedback;
    }

    @GetMapping("/actions/{id}")
    String action(@PathVariable String id, Model model) {
        return page(model, ActionPages.borough(), id(id), Map.of(), PageErrors.NONE);
    }

    @PostMapping("/actions/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(
                id,
                form,
                model,
                PageErrors.NONE,
                (b, a, v) -> board.changeStatus(b, a, v, Map.of("status", form.getOrDefault("status", ""))));
    }

    @PostMapping("/actions/{id}/notes")
    String addNote(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(
                id, form, model, PageErrors.NONE, (b, a, v) -> board.addNote(b, a, v, ActionForms.noteBody(form)));
    }

    @PostMapping("/actions/{id}/completion")
    String complete(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(
                id,
                form,
                model,
                forms.completionErrors(form),
                (b, a, v) -> board.complete(b, a, v, ActionForms.completionBody(form)));
    }

    @PostMapping("/actions/{id}/review")
    String review(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(
                id,
                form,
                model,
                forms.reviewErrors(form),
                (b, a, v) -> board.review(b, a, v, ActionForms.reviewBody(form)));
    }

    /** Picks the ticked quotes, each trimmed to the person's own words; one no longer allowed is shown at its box. */
    @PostMapping("/actions/{id}/quotes")
    String pickQuotes(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        String borough = ActionPages.borough();
        String actionId = id(id);
        List<QuoteSource.Quotable> offered = offered(borough, board.find(borough, actionId));
        PageErrors errors = forms.quoteErrors(form, offered);
        if (errors.any()) {
            return page(model, borough, actionId, form, errors);
        }
        for (var pick : ActionForms.quoteBodies(form, offered).entrySet()) {
            try {
                board.pickQuote(borough, actionId, pick.getValue());
            } catch (ServiceRefusal refusal) {
                PageErrors refused = refusal.status() == 422 ? forms.quoteRefused(pick.getKey()) : null;
                return page(
                        model, borough, actionId, form, refused == null ? PageErrors.shownOnForm(refusal) : refused);
            }
        }
        return "redirect:/actions/" + actionId + "#quotes";
    }

    /**
     * Takes a picked quote off the board (picked by mistake, or no longer fitting); one already gone is not an error,
     * the page shows what is picked now.
     */
    @PostMapping("/actions/{id}/quotes/{responseId}/removal")
    String unpickQuote(@PathVariable String id, @PathVariable String responseId, Model model) {
        String borough = ActionPages.borough();
        String actionId = id(id);
        String quote = id(responseId);
        try {
            board.unpickQuote(borough, actionId, quote);
        } catch (ServiceRefusal refusal) {
            if (refusal.status() != 404) {
                return page(model, borough, actionId, Map.of(), PageErrors.shownOnForm(refusal));
            }
        }
        return "redirect:/actions/" + actionId + "#quotes";
    }

    private String submit(String id, Map<String, String> form, Model model, PageErrors errors, Change change) {
        String borough = ActionPages.borough();
        String actionId = id(id);
        if (errors.any()) {
            return page(model, borough, actionId, form, errors);
        }
        Optional<Long> version = version(form.get("version"));
        if (version.isEmpty()) {
            return page(model, borough, actionId, form, forms.stale());
        }
        try {
            change.apply(borough, actionId, version.get());
        } catch (ServiceRefusal refusal) {
            PageErrors shown = refusal.status() == 409 ? forms.stale() : PageErrors.shownOnForm(refusal);
            return page(model, borough, actionId, form, shown);
        }
        return "redirect:/actions/" + actionId;
    }

    private String page(Model model, String borough, String id, Map<String, String> form, PageErrors errors) {
        StaffAction action = board.find(borough, id);
        List<ActionBoard.PickedQuote> picked = board.quotes(borough, id);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(London.ZONE));
        model.addAttribute("languages", statementLanguages(borough, action));
        model.addAttribute("history", ActionHistory.of(action));
        model.addAttribute("labels", feedback.themeLabels(borough));
        model.addAttribute("picked", picked);
        model.addAttribute("picksQuotes", ActionPages.picksQuotes());
        ActionPages.offerQuotes(model, () -> offered(borough, action));
        return "actions/action";
    }

    private List<QuoteSource.Quotable> offered(String borough, StaffAction action) {
        if (!ActionPages.picksQuotes()) {
            return List.of();
        }
        List<String> quoted = board.quotes(borough, action.actionId().toString()).stream()
                .map(ActionBoard.PickedQuote::responseId)
                .toList();
        return feedback.quotable(borough, action.themes(), quoted);
    }

    /** English first, then each language the people behind its themes answered in, and any already written. */
    private List<StatementLanguage> statementLanguages(String borough, StaffAction action) {
        TreeSet<String> tags = new TreeSet<>(action.statement().keySet());
        board.themesHeard(borough).stream()
                .filter(t -> action.themes().contains(t.theme()))
                .forEach(t -> tags.addAll(t.languages().keySet()));
        tags.remove("en");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("en"), tags.stream())
                .map(StatementLanguage::of)
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Long> version(String text) {
        try {
            return Optional.of(Long.parseLong(text.strip()));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    private static String id(String text) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new ServiceRefusal("workspace", 404, Optional.empty(), "Not found");
        }
    }

    /** One change to the action, made with the borough and id from the page, against the version it showed. */
    @FunctionalInterface
    private interface Change {
        void apply(String borough, String actionId, long version);
    }

    /** A language of the statement: its tag, English name and autonym, and its direction. */
    record StatementLanguage(String tag, String englishName, String autonym, boolean rightToLeft) {

        static Optional<StatementLanguage> of(String tag) {
            try {
                Language language = Language.of(tag);
                return Optional.of(new StatementLanguage(
                        language.tag(), language.englishName(), language.autonym(), language.rightToLeft()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** The form field's id: {@code statement} for English (the API's field), {@code statement-ti} otherwise. */
        public String fieldId() {
            return tag.equals("en") ? "statement" : "statement-" + tag;
        }
    }
}
