package london.sanctuary.workspace.sessions;

import java.time.LocalDate;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.London;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code /sessions/expenses}: travel expenses of the sessions in a period (this month by default), claimed, paid and
 * owed, each session linking to its page to mark people paid, and the CSV for finance (participant references,
 * never names).
 */
@Controller
class ExpensePages {

    private final SessionDiary diary;

    ExpensePages(SessionDiary diary) {
        this.diary = diary;
    }

    @GetMapping("/sessions/expenses")
    String expenses(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        LocalDate first = from == null ? LocalDate.now(London.ZONE).withDayOfMonth(1) : from;
        LocalDate last = to == null ? first.plusMonths(1).minusDays(1) : to;
        model.addAttribute("expenses", diary.expenses(borough, first, last));
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        return "sessions/expenses";
    }

    @GetMapping("/sessions/expenses.csv")
    ResponseEntity<String> csv(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"expenses-" + borough + "-" + from + "-" + to + ".csv\"")
                .body(diary.expensesCsv(borough, from, to));
    }
}
