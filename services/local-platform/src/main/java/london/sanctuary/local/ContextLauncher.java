package london.sanctuary.local;

import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts one Spring application context of the many that share this JVM. */
public final class ContextLauncher {

    /** Defaults each context may override in its own configuration: one laptop, many Tomcats. */
    static final Map<String, Object> DEFAULTS = Map.of(
            "spring.main.banner-mode", "off",
            "server.tomcat.threads.min-spare", "2",
            "server.tomcat.threads.max", "50");

    private ContextLauncher() {}

    /**
     * Runs {@code source} with {@code wiring} passed as command-line arguments, so the wiring wins over
     * the context's own configuration files and over environment variables that every context in this
     * JVM would otherwise share (e.g. {@code SERVER_PORT}). No shutdown hook: {@link LocalPlatform}
     * closes contexts itself, in order.
     */
    public static ConfigurableApplicationContext run(Class<?> source, Map<String, ?> wiring) {
        String[] args = wiring.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        return new SpringApplicationBuilder(source)
                .main(source)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties(DEFAULTS)
                .run(args);
    }
}
