package london.sanctuary.workspace.sessions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * At the door and after: a check-in page made for a tablet (one big tick box per name, one button), attendance with
 * travel expenses and whether a receipt was seen, and marking a person's expenses paid. Scanning a participant's QR
 * card is not here yet.
 */
@Controller
class DoorPages {

    private final SessionDiary diary;
    private final PeopleFinder people;
    private final MessageSource messages;

    DoorPages(SessionDiary diary, PeopleFinder people, MessageSource messages) {
        this.diary = diary;
        this.people = people;
        this.messages = messages;
    }

    @GetMapping("/sessions/{id}/check-in")
    String door(@PathVariable String id, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        SessionDetails session = diary.find(borough, id);
        model.addAttribute("details", session);
        model.addAttribute("title", session.titleIn(SessionPages.language()));
        model.addAttribute("names", SessionNames.of(people, borough, session));
        return "sessions/check-in";
    }

    /** Everyone ticked is recorded as arrived; those already recorded keep their row (and their expenses). */
    @PostMapping("/sessions/{id}/check-in")
    String checkIn(@PathVariable String id, @RequestParam(required = false) List<String> arrived) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        SessionDetails session = diary.find(borough, id);
        for (String ref : arrived == null ? List.<String>of() : arrived) {
            SessionDetails.Attendance row = session.attendanceOf(ref);
            if (row == null || !row.attended()) {
                diary.recordAttendance(borough, id, Map.of("participantRef", ref, "attended", true));
            }
        }
        return "redirect:/sessions/" + id + "/check-in";
    }

    @PostMapping("/sessions/{id}/attendance")
    ModelAndView attendance(
            @PathVariable String id,
            @RequestParam String participantRef,
            @RequestParam(defaultValue = "false") boolean attended,
            @RequestParam(defaultValue = "") String travelExpenses,
            @RequestParam(defaultValue = "false") boolean receiptSeen) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        Long pence = pence(travelExpenses);
        if (pence == null) {
            return SessionPageModel.page(
                            diary,
                            people,
                            borough,
                            id,
                            null,
                            PageErrors.field(
                                    "travelExpensesPence",
                                    messages.getMessage("sessions.error.pence", null, LocaleContextHolder.getLocale())),
                            HttpStatus.BAD_REQUEST)
                    .addObject("errorRef", participantRef);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("participantRef", participantRef);
        body.put("attended", attended);
        body.put("travelExpensesPence", pence);
        body.put("receiptSeen", receiptSeen);
        return act(borough, id, participantRef, () -> diary.recordAttendance(borough, id, body));
    }

    @PostMapping("/sessions/{id}/expenses/{ref}/payment")
    ModelAndView paid(@PathVariable String id, @PathVariable String ref) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        return act(borough, id, ref, () -> diary.markExpensesPaid(borough, id, ref));
    }

    private ModelAndView act(String borough, String id, String participantRef, Runnable change) {
        try {
            change.run();
            return new ModelAndView("redirect:/sessions/" + id + "#attendance");
        } catch (ServiceRefusal refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            return SessionPageModel.page(
                            diary,
                            people,
                            borough,
                            id,
                            null,
                            PageErrors.of(refused),
                            HttpStatus.valueOf(refused.status()))
                    .addObject("errorRef", participantRef);
        }
    }

    /** "4.80", "£4.80", "4" or nothing (0) as pence; null when it is not an amount. */
    static Long pence(String pounds) {
        String amount = pounds.strip().replace("£", "");
        if (amount.isEmpty()) {
            return 0L;
        }
        try {
            BigDecimal value = new BigDecimal(amount);
            return value.scale() > 2 || value.signum() < 0
                    ? null
                    : value.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }
}
