package london.sanctuary.workspace.actions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.workspace.services.PageErrors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The actions forms' fields as the API's bodies, and the checks made before calling it, in the page's language
 * (what the service checks again, with its own wording, is shown beside the field it names).
 */
@Component
class ActionForms {

    private final MessageSource messages;

    ActionForms(MessageSource messages) {
        this.messages = messages;
    }

    PageErrors raiseErrors(Map<String, String> form, List<HeardTheme> heard) {
        if (heard.stream().noneMatch(t -> t.theme().equals(form.getOrDefault("theme", "")))) {
            return error("themes", "actions.theme.required");
        }
        if (blank(form.get("title"))) {
            return error("title", "actions.title.required");
        }
        if (blank(form.get("ownerTeam"))) {
            return error("ownerTeam", "actions.owner.required");
        }
        return date(form.get("dueOn")) == null ? error("dueOn", "actions.date.invalid") : PageErrors.NONE;
    }

    static Map<String, Object> raiseBody(Map<String, String> form, List<HeardTheme> heard) {
        List<UUID> behind = heard.stream()
                .filter(t -> t.theme().equals(form.get("theme")))
                .findFirst()
                .map(HeardTheme::responseIds)
                .orElse(List.of());
        return Map.of(
                "themes", List.of(form.get("theme")),
                "feedbackResponseIds", behind.stream().limit(1000).toList(),
                "title", form.get("title").strip(),
                "ownerTeam", form.get("ownerTeam").strip(),
                "dueOn", form.get("dueOn").strip());
    }

    /** A note's text and its evidence links, one a line. */
    static Map<String, Object> noteBody(Map<String, String> form) {
        List<String> links = new ArrayList<>();
        for (String line : form.getOrDefault("evidence", "").split("\\R")) {
            if (!line.isBlank()) {
                links.add(line.strip());
            }
        }
        return Map.of("text", form.getOrDefault("text", ""), "evidence", links);
    }

    /** The statement's fields ({@code statement.en}, {@code statement.ti}, …) that were filled in. */
    PageErrors completionErrors(Map<String, String> form) {
        if (blank(form.get("statement.en"))) {
            return error("statement", "actions.statement.required");
        }
        if (!blank(form.get("reviewOn")) && date(form.get("reviewOn")) == null) {
            return error("reviewOn", "actions.date.invalid");
        }
        return PageErrors.NONE;
    }

    static Map<String, Object> completionBody(Map<String, String> form) {
        Map<String, String> statement = new LinkedHashMap<>();
        form.forEach((name, text) -> {
            if (name.startsWith("statement.") && !blank(text)) {
                statement.put(name.substring("statement.".length()), text.strip());
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", form.getOrDefault("outcome", "DONE"));
        body.put("statement", statement);
        optional(form, "reviewOn").ifPresent(on -> body.put("reviewOn", on));
        return body;
    }

    PageErrors reviewErrors(Map<String, String> form) {
        if (!List.of("STILL_HOLDS", "REOPEN").contains(form.getOrDefault("outcome", ""))) {
            return error("outcome", "actions.review.outcome.required");
        }
        if ("REOPEN".equals(form.get("outcome")) && blank(form.get("note"))) {
            return error("note", "actions.review.note.required");
        }
        if (!blank(form.get("nextReviewOn")) && date(form.get("nextReviewOn")) == null) {
            return error("nextReviewOn", "actions.date.invalid");
        }
        return PageErrors.NONE;
    }

    static Map<String, Object> reviewBody(Map<String, String> form) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", form.get("outcome"));
        optional(form, "note").ifPresent(n -> body.put("note", n));
        if ("STILL_HOLDS".equals(form.get("outcome"))) {
            optional(form, "nextReviewOn").ifPresent(on -> body.put("nextReviewOn", on));
        }
        return body;
    }

    /**
     * The quotes ticked among those offered ({@code pick.<key>}, words in {@code words.<key>}): at least one, each
     * the person's own words ({@link Excerpt}) of at most 1,000 characters, the error beside its words.
     */
    PageErrors quoteErrors(Map<String, String> form, List<QuoteSource.Quotable> offered) {
        List<QuoteSource.Quotable> ticked = ticked(form, offered);
        if (ticked.isEmpty()) {
            return error("quotes", "actions.quotes.required");
        }
        for (QuoteSource.Quotable q : ticked) {
            String words = form.getOrDefault("words." + q.key(), "");
            if (!Excerpt.isFrom(q.answer(), words)) {
                return error("words." + q.key(), "actions.quotes.not-own-words");
            }
            if (words.strip().length() > 1000) {
                return error("words." + q.key(), "actions.quotes.too-long");
            }
        }
        return PageErrors.NONE;
    }

    /** The ticked quotes as the actions API's PickQuote bodies, in the language the person wrote in. */
    static Map<QuoteSource.Quotable, Map<String, Object>> quoteBodies(
            Map<String, String> form, List<QuoteSource.Quotable> offered) {
        Map<QuoteSource.Quotable, Map<String, Object>> bodies = new LinkedHashMap<>();
        ticked(form, offered)
                .forEach(q -> bodies.put(
                        q,
                        Map.of(
                                "responseId", q.responseId(),
                                "language", q.language(),
                                "text", form.get("words." + q.key()).strip())));
        return bodies;
    }

    /** The error shown beside a quote the actions service would not keep (its writer no longer agrees). */
    PageErrors quoteRefused(QuoteSource.Quotable quote) {
        return error("words." + quote.key(), "actions.quotes.no-longer");
    }

    /** Someone else changed the action since the page was shown (409): the whole form's message. */
    PageErrors stale() {
        return new PageErrors(List.of(new PageErrors.FieldMessage(
                Optional.empty(), messages.getMessage("actions.stale", null, LocaleContextHolder.getLocale()))));
    }

    private static List<QuoteSource.Quotable> ticked(Map<String, String> form, List<QuoteSource.Quotable> offered) {
        return offered.stream().filter(q -> form.containsKey("pick." + q.key())).toList();
    }

    private PageErrors error(String field, String key) {
        return PageErrors.field(field, messages.getMessage(key, null, LocaleContextHolder.getLocale()));
    }

    private static Optional<String> optional(Map<String, String> form, String name) {
        return Optional.ofNullable(form.get(name)).filter(v -> !v.isBlank()).map(String::strip);
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
