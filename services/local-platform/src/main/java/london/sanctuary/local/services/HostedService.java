package london.sanctuary.local.services;

import java.util.Objects;

/**
 * A Spring Boot service that the local platform hosts in its own application context.
 *
 * @param name the service name, also its {@code spring.config.name} and its port key
 * @param application the service's {@code @SpringBootApplication} class, exposed by its module
 * @param defaultPort the port it listens on unless {@code sanctuary.local.ports.<name>} says otherwise
 */
public record HostedService(String name, Class<?> application, int defaultPort) {

    public HostedService {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(application, "application");
    }
}
