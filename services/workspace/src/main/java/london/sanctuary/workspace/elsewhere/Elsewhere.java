package london.sanctuary.workspace.elsewhere;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The staff applications beside the workspace, in its navigation: the move-on inbox (move-on teams) and the GLA
 * dashboard (analysts, officers, service leads). They share the workspace's sign-in, so the link opens them signed
 * in, by name. Their addresses are the ones a browser reaches ({@code sanctuary.workspace.elsewhere.*}; by default
 * the services' own, as on the local platform). The inbox is entered through its sign-in, which lands a move-on
 * officer on their own borough's inbox.
 */
@Configuration(proxyBeanMethods = false)
class Elsewhere {

    @Bean
    NavItem inbox(
            @Value("${sanctuary.workspace.elsewhere.inbox:${sanctuary.workspace.services.referrals}}") String at) {
        return new NavItem("nav.inbox", at + "/oauth2/authorization/sanctuary", List.of(Role.MOVE_ON), 80);
    }

    @Bean
    NavItem dashboard(
            @Value("${sanctuary.workspace.elsewhere.dashboard:${sanctuary.workspace.services.dashboard}}") String at) {
        return new NavItem(
                "nav.dashboard", at + "/dashboard", List.of(Role.ANALYST, Role.OFFICER, Role.SERVICE_LEAD), 90);
    }
}
