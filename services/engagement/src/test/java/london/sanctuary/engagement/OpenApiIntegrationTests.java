package london.sanctuary.engagement;

import london.sanctuary.platform.test.OpenApiDocumentIsLinted;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** The service's OpenAPI document: bearer security, summaries, problem answers; linted with no error. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=engagement")
class OpenApiIntegrationTests implements OpenApiDocumentIsLinted {}
