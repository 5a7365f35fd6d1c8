package london.sanctuary.workspace.moveon;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.staff.FeatureWording;
import london.sanctuary.workspace.staff.NavItem;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feature's place in the workspace: its navigation entry for the move-on team (the only role the referrals
 * API lets send, read and cancel), and its wording ({@code moveon/messages.properties} and {@code _ar}).
 */
@Configuration(proxyBeanMethods = false)
class MoveOnFeature {

    @Bean
    NavItem moveOnNavigation() {
        return new NavItem("nav.moveon", "/move-on", List.of(Role.MOVE_ON), 70);
    }

    @Bean
    static BeanPostProcessor moveOnMessages() {
        return FeatureWording.of("moveon/messages");
    }
}
