package london.sanctuary.referrals;

import java.util.stream.Stream;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.platform.test.WrongTypes;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/** Every request body of the service, each field given a value of the wrong JSON type: 400 naming it, nothing stored. */
class WrongTypesIntegrationTests extends ReferralsServiceTest {

    @Autowired
    ApplicationContext service;

    @TestFactory
    Stream<DynamicTest> everyRequestBodyRefusesAValueOfTheWrongTypeNamingTheField() {
        return WrongTypes.refusedByEveryBody(service, new ApiClient(port, TestTokens.officer("newham")));
    }
}
