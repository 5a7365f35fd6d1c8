package london.sanctuary.workspace.sessions;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * At the door and after: a check-in page made for a tablet (one big tick box per name, one button), attendance with
 * travel expenses and whether a receipt was seen, and marking a person's expenses paid. A participant's personal-link
 * card (decision 0063: its QR code is their link, the code printed under it their card code) is scanned into the same
 * page's "Scan a card" field, by a keyboard-wedge scanner, the camera ({@code /public/door-scanner.js}, where the
 * browser has one) or typed: the same call as ticking their name, only while their link opens.
 */
@Controller
class DoorPages {

    private final SessionDiary diary;
    private final PeopleFinder people;
    private final MessageSource messages;
    private final CardCodes cards;
    private final DoorCards doorCards;

    DoorPages(SessionDiary diary, PeopleFinder people, MessageSource messages, CardCodes cards, DoorCards doorCards) {
        this.diary = diary;
        this.people = people;
        this.messages = messages;
        this.cards = cards;
        this.doorCards = doorCards;
    }

    @GetMapping("/sessions/{id}/check-in")
    ModelAndView door(@PathVariable String id) { // with what a scan just did, if any (flash attributes)
        String borough = StaffMember.boroughOf(Role.OFFICER);
        return doorPage(borough, diary.find(borough, id), PageErrors.NONE, HttpStatus.OK);
    }

    /**
     * A scanned or typed card: its holder, if registered for a place at this session, is recorded as arrived (once);
     * anything else is the page again with the error summary naming the field {@code card}.
     */
    @PostMapping("/sessions/{id}/check-in/card")
    ModelAndView scan(@PathVariable String id, @RequestParam(defaultValue = "") String card, RedirectAttributes done) {
        String borough = StaffMember.boroughOf(Role.OFFICER);
        SessionDetails session = diary.find(borough, id);
        if (card.isBlank()) {
            return refused(borough, session, "card.error.empty", HttpStatus.BAD_REQUEST);
        }
        Optional<String> link = ScannedLink.tokenIn(card);
        Optional<CardCode> code = CardCode.typed(card);
        if (link.isEmpty() && code.isEmpty()) {
            return refused(borough, session, "card.error.shape", HttpStatus.BAD_REQUEST);
        }
        List<String> standing = session.standing().stream()
                .map(SessionDetails.Registration::participantRef)
                .toList();
        Optional<String> holder = link.isPresent()
                ? doorCards.holderOf(borough, link.get())
                : cards.holder(borough, code.get(), standing);
        if (holder.isEmpty() && link.isPresent()
                || holder.isPresent() && link.isEmpty() && !doorCards.holdsLiveCard(borough, holder.get())) {
            return refused(borough, session, "card.error.not-live", HttpStatus.UNPROCESSABLE_CONTENT);
        }
        if (holder.isEmpty() || !standing.contains(holder.get())) {
            return refused(borough, session, "card.error.not-registered", HttpStatus.UNPROCESSABLE_CONTENT);
        }
        String ref = holder.get();
        String name = people.nameOf(borough, ref).orElse(ref);
        if (session.placed().stream().noneMatch(r -> ref.equals(r.participantRef()))) {
            return refused(borough, session, "card.error.waitlisted", HttpStatus.UNPROCESSABLE_CONTENT, name);
        }
        SessionDetails.Attendance row = session.attendanceOf(ref);
        boolean alreadyIn = row != null && row.attended();
        if (!alreadyIn) {
            try {
                diary.recordAttendance(borough, id, Map.of("participantRef", ref, "attended", true));
            } catch (ServiceRefusal refusal) {
                if (refusal.status() == 404 || refusal.status() == 403) {
                    throw refusal;
                }
                return doorPage(
                        borough,
                        session,
                        PageErrors.field("card", refusal.detail()),
                        HttpStatus.valueOf(refusal.status()));
            }
        }
        done.addFlashAttribute("checkedIn", name);
        done.addFlashAttribute("alreadyIn", alreadyIn);
        return new ModelAndView("redirect:/sessions/" + id + "/check-in");
    }

    /** The scan's address asked for again (a language link on its refusal, signing in again): the door. */
    @GetMapping("/sessions/{id}/check-in/card")
    String backToTheDoor(@PathVariable String id) {
        StaffMember.boroughOf(Role.OFFICER);
        return "redirect:/sessions/" + id + "/check-in";
    }

    private ModelAndView refused(
            String borough, SessionDetails session, String message, HttpStatus status, Object... arguments) {
        String text = messages.getMessage(message, arguments, LocaleContextHolder.getLocale());
        return doorPage(borough, session, PageErrors.field("card", text), status);
    }

    private ModelAndView doorPage(String borough, SessionDetails session, PageErrors errors, HttpStatus status) {
        ModelAndView page = new ModelAndView("sessions/check-in", status);
        page.addObject("details", session);
        page.addObject("title", session.titleIn(SessionPages.language()));
        page.addObject("names", SessionNames.of(people, borough, session));
        page.addObject("errors", errors);
        return page;
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
