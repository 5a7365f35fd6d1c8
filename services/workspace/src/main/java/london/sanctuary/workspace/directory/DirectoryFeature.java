package london.sanctuary.workspace.directory;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.FeatureWording;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feature's place in the workspace: its navigation entry for the service lead (the only role the referrals API
 * lets import), and its wording ({@code directory/messages.properties} and {@code _ar}).
 */
@Configuration(proxyBeanMethods = false)
class DirectoryFeature {

    @Bean
    NavItem directoryNavigation() {
        return new NavItem("nav.directory", "/directory", List.of(Role.SERVICE_LEAD), 85);
    }

    @Bean
    static BeanPostProcessor directoryMessages() {
        return FeatureWording.of("directory/messages");
    }
}
