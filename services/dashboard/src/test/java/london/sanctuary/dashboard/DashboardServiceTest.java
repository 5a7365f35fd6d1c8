package london.sanctuary.dashboard;

import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard started for real against the shared broker and store, its sign-in page pointed at a
 * {@link TokenEndpoint}. One application context for every test class that extends this.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=dashboard")
abstract class DashboardServiceTest {

    @DynamicPropertySource
    static void tokenEndpoint(DynamicPropertyRegistry registry) {
        registry.add("sanctuary.dashboard.token-uri", TokenEndpoint::uri);
    }
}
