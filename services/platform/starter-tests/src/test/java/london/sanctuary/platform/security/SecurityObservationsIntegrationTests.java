package london.sanctuary.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A request is observed once, as {@code http.server.requests}; Spring Security's observation of each filter,
 * authentication and authorization is off (decision 0061: a fifth of a write path's CPU, for figures nothing reads).
 */
@SanctuaryIntegrationTest
class SecurityObservationsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MeterRegistry registry;

    @Test
    void anAuthenticatedRequestIsTimedOnceAsAnHttpRequestAndNotFilterByFilter() {
        // when an officer's token is checked, authorised and answered, and a guessed token refused
        ApiClient.Response answered = new ApiClient(port, TestTokens.officer("newham"))
                .post("/api/boroughs/newham/widgets", "{\"name\":\"kite\"}");
        ApiClient.Response refused = new ApiClient(port, "guessed.token.value").get("/api/boroughs/newham/widgets");

        // then both are timed as requests, and nothing of Spring Security's own is measured
        assertThat(answered.status()).isEqualTo(201);
        assertThat(refused.status()).isEqualTo(401);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> registry.find("http.server.requests")
                                .tag("status", "201")
                                .timer()
                        != null);
        assertThat(registry.getMeters())
                .extracting(meter -> meter.getId().getName())
                .noneMatch(name -> name.startsWith("spring.security"));
        assertThat(registry.find("http.server.requests").tag("status", "401").timers())
                .extracting(Meter::getId)
                .isNotEmpty();
    }
}
