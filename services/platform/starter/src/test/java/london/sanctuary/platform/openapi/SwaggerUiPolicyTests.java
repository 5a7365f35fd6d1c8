package london.sanctuary.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SwaggerUiPolicyTests {

    @Test
    void swaggerUiMayUseInlineStylesAndReachTheTokenEndpointButNeverRunInlineScript() {
        String policy = OpenApiAutoConfiguration.swaggerUiPolicy("http://localhost:9000/oauth2/token");

        assertThat(policy)
                .contains("script-src 'self';", "style-src 'self' 'unsafe-inline';")
                .endsWith("; connect-src 'self' http://localhost:9000")
                .doesNotContain("unsafe-eval");
        assertThat(OpenApiAutoConfiguration.swaggerUiPolicy(null))
                .contains("style-src 'self' 'unsafe-inline';")
                .doesNotContain("connect-src");
    }
}
