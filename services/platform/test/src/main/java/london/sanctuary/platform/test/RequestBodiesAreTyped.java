package london.sanctuary.platform.test;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * A service's test that every request body it reads refuses values of the wrong JSON type ({@link WrongTypes}):
 * extend it in a {@code @SanctuaryIntegrationTest} of the service, as a Newham officer calls it.
 */
public abstract class RequestBodiesAreTyped {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext service;

    @TestFactory
    Stream<DynamicTest> everyRequestBodyRefusesAValueOfTheWrongTypeNamingTheField() {
        return WrongTypes.refusedByEveryBody(service, new ApiClient(port, TestTokens.officer("newham")));
    }
}
