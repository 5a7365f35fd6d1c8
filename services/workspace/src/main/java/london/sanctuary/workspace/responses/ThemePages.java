package london.sanctuary.workspace.responses;

import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code /responses/themes}: the borough's themes, to add one, rename a label (the code and every tag stay) or retire
 * one (no longer offered for tagging; the responses tagged keep it).
 */
@Controller
class ThemePages {

    private final ResponseBook book;

    ThemePages(ResponseBook book) {
        this.book = book;
    }

    @GetMapping("/responses/themes")
    ModelAndView themes(Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        return page(model, borough, PageErrors.NONE, "", "", HttpStatus.OK);
    }

    @PostMapping("/responses/themes")
    ModelAndView add(
            @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String label, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        try {
            book.addTheme(borough, code.strip(), label.strip());
            return new ModelAndView("redirect:/responses/themes#theme-" + code.strip());
        } catch (ServiceRefusal refused) {
            return refusedWith(model, borough, refused, code, label);
        }
    }

    @PostMapping("/responses/themes/{code}/label")
    ModelAndView relabel(@PathVariable String code, @RequestParam(defaultValue = "") String label, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        try {
            book.relabelTheme(borough, code, label.strip());
            return new ModelAndView("redirect:/responses/themes#theme-" + code);
        } catch (ServiceRefusal refused) {
            return refusedWith(model, borough, refused, "", "");
        }
    }

    @PostMapping("/responses/themes/{code}/retirement")
    ModelAndView retire(@PathVariable String code, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
        try {
            book.retireTheme(borough, code);
            return new ModelAndView("redirect:/responses/themes#theme-" + code);
        } catch (ServiceRefusal refused) {
            return refusedWith(model, borough, refused, "", "");
        }
    }

    private ModelAndView refusedWith(Model model, String borough, ServiceRefusal refused, String code, String label) {
        if (refused.status() == 404 || refused.status() == 403) {
            throw refused;
        }
        return page(model, borough, PageErrors.of(refused), code, label, HttpStatus.valueOf(refused.status()));
    }

    private ModelAndView page(
            Model model, String borough, PageErrors errors, String code, String label, HttpStatus status) {
        model.addAttribute("themes", book.themes(borough, true));
        model.addAttribute("errors", errors);
        model.addAttribute("code", code);
        model.addAttribute("label", label);
        ModelAndView view = new ModelAndView("responses/themes", model.asMap());
        view.setStatus(status);
        return view;
    }
}
