package london.sanctuary.local.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;

class HostedServicesTests {

    @Test
    void everyServiceIsHostedByItsOwnApplicationClassUnderItsOwnNameAndPort() {
        // given the list the local platform starts from
        var hosted = HostedServices.ALL;

        // when its names, ports and classes are read
        var names = hosted.stream().map(HostedService::name).toList();
        var ports = hosted.stream().map(HostedService::defaultPort).toList();

        // then each of the six services and the workspace is there once, each on a port of its own, each a Spring Boot
        // application
        // of its own module's package
        assertThat(names)
                .containsExactly("dashboard", "consent", "engagement", "feedback", "actions", "referrals", "workspace");
        assertThat(ports).doesNotHaveDuplicates();
        assertThat(hosted).allSatisfy(service -> {
            assertThat(service.application()).hasAnnotation(SpringBootApplication.class);
            assertThat(service.application().getPackageName()).isEqualTo("london.sanctuary." + service.name());
        });
    }

    @Test
    void aHostedServiceWithoutAnApplicationClassIsRefused() {
        // given no application class
        // when a hosted service is made of it
        // then it is refused at once, not when the platform starts
        assertThatThrownBy(() -> new HostedService("consent", null, 8081))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("application");
    }
}
