package london.sanctuary.workspace.responses;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.FeatureWording;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feature's place in the workspace: its navigation entry (officers and service leads) and its own wording
 * ({@code responses/messages.properties} and {@code _ar}) added to the workspace's messages.
 */
@Configuration(proxyBeanMethods = false)
class ResponsesFeature {

    @Bean
    NavItem responsesNavigation() {
        return new NavItem("nav.responses", "/responses", List.of(Role.OFFICER, Role.SERVICE_LEAD), 35);
    }

    @Bean
    static BeanPostProcessor responsesMessages() {
        return FeatureWording.of("responses/messages");
    }
}
