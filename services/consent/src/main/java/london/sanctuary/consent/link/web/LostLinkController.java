package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import london.sanctuary.consent.link.LostLinks;
import london.sanctuary.contracts.Language;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Lost your link?" at {@code /public/me/lost}: a phone number in, always the same answer out — a new link is texted
 * if the number is on record and its owner agreed to be contacted. Only a number that is not a phone number at all
 * gets the form again, naming the field. Rate limited with the person's pages; nothing typed is logged or kept.
 */
@Controller
@RequestMapping("/public/me/lost")
class LostLinkController {

    private static final int MAX_PHONE = 30;
    private final LostLinks lost;
    private final MyPageSupport pages;

    LostLinkController(LostLinks lost, MyPageSupport pages) {
        this.lost = lost;
        this.pages = pages;
    }

    @GetMapping
    String form(HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAllAttributes(pages.wording(pages.languageAsked(request, response)));
        return "lost";
    }

    @PostMapping
    String send(
            @RequestParam(name = "phone", required = false) String phone,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Language language = pages.languageAsked(request, response);
        model.addAllAttributes(pages.wording(language));
        if (phone == null || phone.length() > MAX_PHONE || !lost.looksLikeAPhone(phone)) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", "phone");
            return "lost";
        }
        lost.resend(phone);
        return "lost-sent";
    }
}
