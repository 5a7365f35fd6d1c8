package london.sanctuary.workspace.forms;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.FeatureWording;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Feedback forms" in the navigation (officers and service leads) and the feature's wording ({@code forms/messages}). */
@Configuration(proxyBeanMethods = false)
class FormsFeature {

    @Bean
    NavItem formsNavigation() {
        return new NavItem("nav.forms", "/forms", List.of(Role.OFFICER, Role.SERVICE_LEAD), 30);
    }

    @Bean
    static BeanPostProcessor formsMessages() {
        return FeatureWording.of("forms/messages");
    }
}
