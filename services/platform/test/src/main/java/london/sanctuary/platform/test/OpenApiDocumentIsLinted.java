package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A service's test that its OpenAPI document passes {@link OpenApiLint} with no error: implement it in a {@code
 * @SanctuaryIntegrationTest} of the service (an interface, so the test can extend the service's own base class and
 * share its context). The document is kept as {@code target/openapi/<service>.json}, for people and other linters.
 */
public interface OpenApiDocumentIsLinted {

    @Test
    default void theServicesOpenApiDocumentPassesTheLintWithNoError(
            @LocalServerPort int port, @Value("${sanctuary.service}") String service) throws IOException {
        // given the document the service publishes, to anyone
        ApiClient.Response document = new ApiClient(port, null).get("/v3/api-docs");
        assertThat(document.status()).isEqualTo(200);
        Path kept = Files.createDirectories(Path.of("target", "openapi")).resolve(service + ".json");
        Files.writeString(kept, document.body());

        // when it is linted, then
        assertThat(OpenApiLint.errors(document.body())).isEmpty();
    }
}
