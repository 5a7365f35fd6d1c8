package london.sanctuary.workspace.safeguarding;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The safeguarding lead's list and the service lead's retention review, in the navigation of those roles only. */
@Configuration(proxyBeanMethods = false)
class SafeguardingNavigation {

    @Bean
    NavItem safeguardingNavItem() {
        return new NavItem("nav.safeguarding", "/safeguarding", List.of(Role.SAFEGUARDING_LEAD), 60);
    }

    @Bean
    NavItem retentionNavItem() {
        return new NavItem("nav.retention", "/retention", List.of(Role.SERVICE_LEAD), 70);
    }
}
