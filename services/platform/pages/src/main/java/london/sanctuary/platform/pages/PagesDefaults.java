package london.sanctuary.platform.pages;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The settings of every application with pages, the staff workspace's as well as the services', as lowest-precedence
 * defaults it may override.
 */
public class PagesDefaults implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        // No resource chain. The pages link their assets by fixed paths (GOV.UK Frontend by its webjar's version), so
        // the chain's one effect, which Spring Boot switches on whenever a webjar locator is on the classpath, was a
        // filter that looked every link of every page up in the classpath's jars (decision 0079).
        env.getPropertySources()
                .addLast(new MapPropertySource(
                        "sanctuaryPagesDefaults", Map.of("spring.web.resources.chain.enabled", "false")));
    }
}
