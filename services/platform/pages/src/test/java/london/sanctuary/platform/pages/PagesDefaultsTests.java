package london.sanctuary.platform.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class PagesDefaultsTests {

    private static final String CHAIN = "spring.web.resources.chain.enabled";
    private static final String LINK_FILTER = "resourceUrlEncodingFilter";

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

    @Test
    void aRunningApplicationWithPagesLooksNoLinkUpUnlessItAsksForTheChain() {
        // when a web application with Thymeleaf starts on this classpath (the webjar locator on it), once as it is and
        // once asking for the resource chain
        try (ConfigurableApplicationContext silent = start();
                ConfigurableApplicationContext asking = start("--" + CHAIN + "=true")) {

            // then only the one that asked has the filter that looked every link of every page up in the jars
            // (Thymeleaf registers ResourceUrlEncodingFilter under this name)
            assertThat(silent.containsBean(LINK_FILTER)).isFalse();
            assertThat(asking.containsBean(LINK_FILTER)).isTrue();
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(WebApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .properties("server.port=0", "spring.jmx.enabled=false")
                .run(args);
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        PropertyPlaceholderAutoConfiguration.class,
        TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class,
        WebMvcAutoConfiguration.class,
        ThymeleafAutoConfiguration.class
    })
    static class WebApplication {}
}
