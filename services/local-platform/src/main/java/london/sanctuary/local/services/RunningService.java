package london.sanctuary.local.services;

import org.springframework.context.ConfigurableApplicationContext;

/** A hosted service whose context is running. */
public record RunningService(HostedService service, int port, ConfigurableApplicationContext context) {

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public String readinessUrl() {
        return baseUrl() + "/actuator/health/readiness";
    }
}
