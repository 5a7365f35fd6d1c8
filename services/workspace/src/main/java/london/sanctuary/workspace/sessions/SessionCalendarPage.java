package london.sanctuary.workspace.sessions;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.London;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sessions}: the borough's sessions by week or month, filtered by type and language, every choice in the URL
 * (so a link, a bookmark or signing in again keeps it). Each session shows its places, waitlist and unmet needs.
 */
@Controller
class SessionCalendarPage {

    private final SessionDiary diary;

    SessionCalendarPage(SessionDiary diary) {
        this.diary = diary;
    }

    @GetMapping("/sessions")
    String calendar(
            @RequestParam(defaultValue = "week") String view,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) String type,
            @RequestParam(required = false) String language,
            Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        boolean month = "month".equals(view);
        LocalDate day = date == null ? LocalDate.now(London.ZONE) : date;
        LocalDate from = month ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate to = month ? from.plusMonths(1).minusDays(1) : from.plusDays(6);
        List<SessionDetails> sessions = diary.between(borough, from, to).stream()
                .filter(s -> blank(type) || s.type().equals(type))
                .filter(s -> blank(language)
                        || s.languages().contains(language)
                        || s.interpreters().stream().anyMatch(i -> i.language().equals(language)))
                .toList();
        Map<LocalDate, List<SessionDetails>> byDay = sessions.stream()
                .collect(Collectors.groupingBy(
                        s -> s.startsAt().atZone(London.ZONE).toLocalDate(), TreeMap::new, Collectors.toList()));
        model.addAttribute("view", month ? "month" : "week");
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("previous", month ? from.minusMonths(1) : from.minusWeeks(1));
        model.addAttribute("next", month ? from.plusMonths(1) : from.plusWeeks(1));
        model.addAttribute("type", blank(type) ? "" : type);
        model.addAttribute("language", blank(language) ? "" : language);
        model.addAttribute("byDay", byDay);
        model.addAttribute("types", SessionChoices.TYPES);
        model.addAttribute("languages", SessionChoices.LANGUAGES);
        return "sessions/calendar";
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
