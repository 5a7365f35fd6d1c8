package london.sanctuary.workspace.actions;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The actions pages' ports, faked: {@code @Import(FakeActions.class)}; each test resets the board and the quotes. */
@TestConfiguration(proxyBeanMethods = false)
public class FakeActions {

    @Bean
    @Primary
    FakeActionBoard fakeActionBoard() {
        return new FakeActionBoard();
    }

    @Bean
    @Primary
    FakeQuoteSource fakeQuoteSource() {
        return new FakeQuoteSource();
    }
}
