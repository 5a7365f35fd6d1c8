package london.sanctuary.workspace.sessions;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;

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
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) throws BeansException {
                if (bean instanceof AbstractResourceBasedMessageSource messages && "messageSource".equals(name)) {
                    messages.addBasenames("sessions/messages");
                }
                return bean;
            }
        };
    }
}
