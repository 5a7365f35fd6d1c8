package london.sanctuary.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import london.sanctuary.platform.security.BrowserHeaders;
import org.junit.jupiter.api.Test;

class SwaggerUiPolicyTests {

    @Test
    void swaggerUiMayReachTheTokenEndpointButNothingInlineIsAllowed() {
        String policy = OpenApiAutoConfiguration.swaggerUiPolicy("http://localhost:9000/oauth2/token");

        assertThat(policy)
                .startsWith(BrowserHeaders.CSP)
                .endsWith("; connect-src 'self' http://localhost:9000")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(OpenApiAutoConfiguration.swaggerUiPolicy(null)).doesNotContain("connect-src");
    }
}
