package london.sanctuary.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PagesDefaultsTests {

    private static final String CHAIN = "spring.web.resources.chain.enabled";

    @Test
    void anApplicationWithPagesHasNoResourceChainUnlessItSetsOne() {
        // given an application with pages that says nothing of the resource chain, and one that switches it on
        StandardEnvironment silent = new StandardEnvironment();
        StandardEnvironment asking = new StandardEnvironment();
        asking.getPropertySources().addFirst(new MapPropertySource("application", Map.of(CHAIN, "true")));

        // when the pages' defaults are applied to each
        new PagesDefaults().postProcessEnvironment(silent, new SpringApplication());
        new PagesDefaults().postProcessEnvironment(asking, new SpringApplication());

        // then the chain is off where nothing asked for it, and the application's own setting wins
        assertThat(silent.getProperty(CHAIN, Boolean.class)).isFalse();
        assertThat(asking.getProperty(CHAIN, Boolean.class)).isTrue();
    }
}
