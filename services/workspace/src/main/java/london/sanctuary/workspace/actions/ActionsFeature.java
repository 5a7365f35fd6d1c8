package london.sanctuary.workspace.actions;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.FeatureWording;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "You said, we did" in the workspace: its navigation (officers, service leads) and its wording. */
@Configuration(proxyBeanMethods = false)
class ActionsFeature {

    @Bean
    NavItem actionsNavigation() {
        return new NavItem("nav.actions", "/actions", List.of(Role.OFFICER, Role.SERVICE_LEAD), 30);
    }

    @Bean
    static BeanPostProcessor actionsMessages() {
        return FeatureWording.of("yousaid/messages");
    }
}
