package london.sanctuary.consent;

import java.util.stream.Stream;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.platform.test.WrongTypes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestPropertySource;

/** Every request body of the service, each field given a value of the wrong JSON type: 400 naming it, nothing stored. */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=consent")
class WrongTypesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext service;

    @TestFactory
    Stream<DynamicTest> everyRequestBodyRefusesAValueOfTheWrongTypeNamingTheField() {
        return WrongTypes.refusedByEveryBody(service, new ApiClient(port, TestTokens.officer("newham")));
    }
}
