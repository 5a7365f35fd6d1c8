package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import london.sanctuary.consent.participant.ErasureRequests;
import london.sanctuary.contracts.refusal.Conflict;
import london.sanctuary.contracts.refusal.Gone;
import london.sanctuary.contracts.refusal.NotFound;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The person asks to be erased (decision 0066): what erasure means in plain words, a confirm, a receipt. The request
 * is recorded once on the participant and reaches staff as a task; staff decide and erase, as before.
 */
@Controller
@RequestMapping("/public/me/erasure")
class MyErasureController {

    private final ErasureRequests requests;
    private final MyPageSupport pages;

    MyErasureController(ErasureRequests requests, MyPageSupport pages) {
        this.requests = requests;
        this.pages = pages;
    }

    @GetMapping
    String explain(
            @RequestParam(name = "already", required = false) String already,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Opened opened = pages.opened(request, null, response);
        model.addAttribute("already", already != null);
        return asked(opened, model) ? "erasure-asked" : "erasure";
    }

    @PostMapping
    String ask(HttpServletRequest request, HttpServletResponse response) {
        Opened opened = pages.opened(request, null, response);
        try {
            if (!requests.ask(opened.link().borough(), opened.link().participantRef())) {
                return "redirect:/public/me/erasure?already";
            }
            pages.audit(opened.link(), "erasure.asked", null);
        } catch (Conflict askedAtTheSameMoment) {
            return "redirect:/public/me/erasure?already"; // pressed twice: the other press recorded it
        }
        return "redirect:/public/me/erasure";
    }

    @ExceptionHandler({NotFound.class, Gone.class})
    ModelAndView nothing(HttpServletRequest request, HttpServletResponse response) {
        return pages.notFound(request, response);
    }

    private static boolean asked(Opened opened, Model model) {
        return opened.participant()
                .erasureAskedAt()
                .map(at -> model.addAttribute("askedOn", MyConsents.date(at, opened.locale())))
                .isPresent();
    }
}
