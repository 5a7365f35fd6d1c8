package london.sanctuary.local.services;

/**
 * A Spring Boot service that the local platform hosts in its own application context.
 *
 * @param name the service name, also its {@code spring.config.name} and its port key
 * @param mainClassName the service's {@code @SpringBootApplication} class, loaded by name
 * @param defaultPort the port it listens on unless {@code sanctuary.local.ports.<name>} says otherwise
 */
public record HostedService(String name, String mainClassName, int defaultPort) {}
