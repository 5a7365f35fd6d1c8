package london.sanctuary.workspace.people;

import java.util.List;
import java.util.Optional;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may use the people pages — a borough's officers — and how those pages read a refusal: a form refused by the
 * consent service (400, 409, 422, and 429: a receipt e-mailed too often) is shown again with the message beside the
 * field; anything else is the
 * workspace's page for it (not found, not allowed, unavailable).
 */
@Configuration(proxyBeanMethods = false)
class PeopleFeature {

    @Bean
    NavItem peopleNavigation() {
        return new NavItem("nav.people", "/people", List.of(Role.OFFICER), 10);
    }

    /** The errors to show on the form, or the refusal again when it is not about the form. */
    static PageErrors onForm(ServiceRefusal refusal) {
        if (refusal.status() != 400 && refusal.status() != 409 && refusal.status() != 422 && refusal.status() != 429) {
            throw refusal;
        }
        // A stale version is about the whole form, not a field the officer can put right.
        Optional<String> field = refusal.field().filter(f -> !f.equals("version"));
        return new PageErrors(List.of(new PageErrors.FieldMessage(field, refusal.detail())));
    }

    /** A purpose in a path that the consent service does not know: the page for an address that is not there. */
    static String purpose(String purpose) {
        if (!Person.PURPOSES.contains(purpose)) {
            throw new ServiceRefusal("consent", 404, Optional.empty(), "Not found");
        }
        return purpose;
    }
}
