package london.sanctuary.consent;

import london.sanctuary.platform.test.RequestBodiesAreTyped;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.springframework.test.context.TestPropertySource;

/** Every request body of the service, each field given a value of the wrong JSON type: 400 naming it, nothing stored. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class WrongTypesIntegrationTests extends RequestBodiesAreTyped {}
