package london.sanctuary.workspace.staff;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Puts the signed-in person and their navigation in every page's model, for the layout's header; and, through
 * {@link #addTo}, in a page an exception handler renders (Spring adds no model attributes there).
 */
@ControllerAdvice
public class StaffModel {

    private final List<NavItem> navigation;

    StaffModel(ObjectProvider<NavItem> navigation) {
        this.navigation = navigation.stream()
                .sorted(Comparator.comparingInt(NavItem::order))
                .toList();
    }

    @ModelAttribute("staff")
    StaffMember staff() {
        return StaffMember.current().orElse(null);
    }

    /** Where the page is, so the navigation can mark the current section. */
    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    /** This very page in another language: its address with {@code lang} set, the filters kept. */
    @ModelAttribute("inLanguage")
    Function<String, String> inLanguage(HttpServletRequest request) {
        return language -> UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", language)
                .build()
                .toUriString();
    }

    /** The same attributes, for a page an exception handler renders. */
    public void addTo(ModelAndView page, HttpServletRequest request) {
        page.addObject("staff", staff());
        page.addObject("currentPath", currentPath(request));
        page.addObject("inLanguage", inLanguage(request));
        page.addObject("navigation", navigation());
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        return StaffMember.current()
                .map(staff ->
                        navigation.stream().filter(item -> item.shownTo(staff)).toList())
                .orElse(List.of());
    }
}
