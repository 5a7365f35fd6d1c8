package london.sanctuary.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SanctuaryIntegrationTest
class BrowserHeadersIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void everyAnswerForbidsInlineScriptFramingSniffingAndTheReferrer() {
        // when anyone asks for an open path of a service
        ApiClient.Response answer = new ApiClient(port, null).get("/actuator/health/liveness");

        // then
        assertThat(answer.header("Content-Security-Policy"))
                .isEqualTo(BrowserHeaders.CSP)
                .doesNotContain("unsafe-inline", "unsafe-eval")
                .contains("frame-ancestors 'none'");
        assertThat(answer.header("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(answer.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(answer.header("X-Frame-Options")).isEqualTo("DENY");
    }

    @Test
    void hstsGoesWithARequestThatCameOverTlsThroughTheProxyAndNotOverPlainHttp() {
        // when a TLS-terminating proxy forwards a request, and when one comes over plain HTTP
        ApiClient.Response overTls = new ApiClient(port, null)
                .send("GET", "/actuator/health/liveness", null, null, "X-Forwarded-Proto", "https");
        ApiClient.Response plain = new ApiClient(port, null).get("/actuator/health/liveness");

        // then only the first carries HSTS (RFC 6797 §7.2: never over plain HTTP)
        assertThat(overTls.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(plain.header("Strict-Transport-Security")).isNull();
    }
}
