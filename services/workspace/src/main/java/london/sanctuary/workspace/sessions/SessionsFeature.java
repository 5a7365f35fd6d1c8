package london.sanctuary.workspace.sessions;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.FeatureWording;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feature's place in the workspace: its navigation entry (officers), and its own wording ({@code
 * sessions/messages.properties} and {@code _ar}) added to the workspace's messages, so no shared file is edited.
 */
@Configuration(proxyBeanMethods = false)
class SessionsFeature {

    @Bean
    NavItem sessionsNavigation() {
        return new NavItem("nav.sessions", "/sessions", List.of(Role.OFFICER), 20);
    }

    @Bean
    static BeanPostProcessor sessionsMessages() {
        return FeatureWording.of("sessions/messages");
    }
}
