package london.sanctuary.workspace.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import london.sanctuary.workspace.London;
import london.sanctuary.workspace.services.PageErrors;

/**
 * The schedule / change form as typed: a day and London times instead of instants, "monthly" instead of an RRULE,
 * languages and interpreters as lists of tags. {@link #toPlan} gives the engagement API's body; what the form itself
 * can tell is wrong (a missing day, an end before the start) is said in the form's words before any call.
 */
public class SessionForm {

    // Bound field by field (SessionPages' binder uses direct field access); a box not ticked is not sent, so
    // every default here is "no" and a new form's suggestions come from blank().
    public String type = "";
    public String titleEn = "";
    public String titleAr = "";
    public String descriptionEn = "";
    public String day = "";
    public String starts = "";
    public String ends = "";
    /** {@code NONE}, {@code WEEKLY} or {@code MONTHLY} (the same weekday of the month as the first meeting). */
    public String repeats = "NONE";

    public String venueName = "";
    public String venueAddress = "";
    public String venueKind = "";
    public boolean stepFreeAccess;
    public boolean creche;
    public String capacity = "";
    public List<String> languages = new ArrayList<>();
    /** Interpreter languages, comma separated BCP 47 tags ({@code ar, fa-AF, ti}); {@code bfi} is BSL. */
    public String interpreters = "";

    public boolean travelExpenses;
    public boolean food;
    public String facilitators = "";

    /** A new form's suggestions: a forum from 6 to 8 pm in English for 20, with travel expenses and food. */
    static SessionForm blank() {
        SessionForm form = new SessionForm();
        form.type = "LIVED_EXPERIENCE_FORUM";
        form.starts = "18:00";
        form.ends = "20:00";
        form.venueKind = "TRUSTED_COMMUNITY_SPACE";
        form.capacity = "20";
        form.languages = new ArrayList<>(List.of("en"));
        form.travelExpenses = true;
        form.food = true;
        return form;
    }

    /** The form filled in from a session, to change it. */
    static SessionForm of(SessionDetails s) {
        SessionForm form = new SessionForm();
        form.type = s.type();
        form.titleEn = s.title().getOrDefault("en", "");
        form.titleAr = s.title().getOrDefault("ar", "");
        form.descriptionEn = s.description().getOrDefault("en", "");
        var start = s.startsAt().atZone(London.ZONE);
        form.day = start.toLocalDate().toString();
        form.starts = start.toLocalTime().toString();
        form.ends = s.endsAt().atZone(London.ZONE).toLocalTime().toString();
        form.repeats = s.recurrence() == null ? "NONE" : s.recurrence().contains("MONTHLY") ? "MONTHLY" : "WEEKLY";
        form.venueName = s.venue().name();
        form.venueAddress = s.venue().address();
        form.venueKind = s.venue().kind();
        form.stepFreeAccess = s.venue().stepFreeAccess();
        form.creche = s.venue().creche();
        form.capacity = Integer.toString(s.capacity());
        form.languages = new ArrayList<>(s.languages());
        form.interpreters = String.join(
                ", ",
                s.interpreters().stream()
                        .map(SessionDetails.Interpreter::language)
                        .toList());
        form.travelExpenses = s.compensation().travelExpenses();
        form.food = s.compensation().food();
        form.facilitators = String.join(", ", s.facilitators());
        form.keepRecurrence(s.recurrence());
        return form;
    }

    /** Set by the page, never bound: a change keeps the session's rule, a new session takes it from repeats. */
    private String recurrence;

    void keepRecurrence(String rule) {
        recurrence = rule;
    }

    /**
     * What the form can tell is wrong before asking the service, each naming the API field it goes with, in the
     * page's words ({@code words} turns a message key into the page's language).
     */
    PageErrors check(UnaryOperator<String> words) {
        if (parseDay() == null) {
            return PageErrors.field("startsAt", words.apply("sessions.error.day"));
        }
        if (parseTime(starts) == null || parseTime(ends) == null) {
            return PageErrors.field("startsAt", words.apply("sessions.error.times"));
        }
        if (!parseTime(ends).isAfter(parseTime(starts))) {
            return PageErrors.field("endsAt", words.apply("sessions.error.order"));
        }
        return PageErrors.NONE;
    }

    /** The engagement API's schedule body. Call {@link #check} first. */
    Map<String, Object> toPlan() {
        LocalDate date = parseDay();
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("type", type);
        Map<String, String> title = new LinkedHashMap<>();
        title.put("en", titleEn.strip());
        if (!titleAr.isBlank()) {
            title.put("ar", titleAr.strip());
        }
        plan.put("title", title);
        if (!descriptionEn.isBlank()) {
            plan.put("description", Map.of("en", descriptionEn.strip()));
        }
        plan.put(
                "startsAt",
                date.atTime(parseTime(starts)).atZone(London.ZONE).toInstant().toString());
        plan.put(
                "endsAt",
                date.atTime(parseTime(ends)).atZone(London.ZONE).toInstant().toString());
        String rule = recurrence != null ? recurrence : rule(date);
        if (rule != null) {
            plan.put("recurrence", rule);
        }
        plan.put(
                "venue",
                Map.of(
                        "name", venueName.strip(),
                        "address", venueAddress.strip(),
                        "kind", venueKind,
                        "stepFreeAccess", stepFreeAccess,
                        "creche", creche));
        plan.put("capacity", number(capacity));
        plan.put("languages", languages == null ? List.of() : languages);
        plan.put(
                "interpreters",
                tags(interpreters).stream()
                        .map(tag -> Map.of("language", tag, "bsl", tag.equals("bfi")))
                        .toList());
        plan.put("compensation", Map.of("travelExpenses", travelExpenses, "food", food));
        plan.put("facilitators", tags(facilitators));
        return plan;
    }

    /** Monthly: the same weekday in the same week of the month as the first meeting ({@code 1TU}, or {@code -1TU}). */
    private String rule(LocalDate date) {
        String weekday = date.getDayOfWeek()
                .getDisplayName(java.time.format.TextStyle.SHORT, Locale.ENGLISH)
                .substring(0, 2)
                .toUpperCase(Locale.ROOT);
        return switch (repeats) {
            case "WEEKLY" -> "FREQ=WEEKLY;BYDAY=" + weekday;
            case "MONTHLY" -> "FREQ=MONTHLY;BYDAY=" + weekOfMonth(date) + weekday;
            default -> null;
        };
    }

    private static int weekOfMonth(LocalDate date) {
        int nth = (date.getDayOfMonth() - 1) / 7 + 1;
        return nth == 5 ? -1 : nth;
    }

    private LocalDate parseDay() {
        try {
            return LocalDate.parse(day.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    private static LocalTime parseTime(String text) {
        try {
            return LocalTime.parse(text.strip());
        } catch (DateTimeParseException | NullPointerException e) {
            return null;
        }
    }

    /** A number as typed, or the text itself so the service names the field (it never coerces). */
    private static Object number(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return text;
        }
    }

    private static List<String> tags(String text) {
        return text == null
                ? List.of()
                : Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(t -> !t.isEmpty())
                        .toList();
    }
}
