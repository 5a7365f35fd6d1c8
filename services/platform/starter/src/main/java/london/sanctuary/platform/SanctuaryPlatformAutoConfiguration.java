package london.sanctuary.platform;

import java.time.Clock;
import london.sanctuary.platform.tracing.QueryStringsLeftOut;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * What the thin starter adds to its modules (each configures itself through its own auto-configuration: scope,
 * problems, input, store, events, consent, pages; crypto is imported by the services that keep keys): the one
 * clock every module and service reads, unless a service (or a test) brings its own; the observation filter that
 * keeps query strings out of spans and metrics. The defaults every service
 * shares are in {@link PlatformDefaults}.
 */
@AutoConfiguration
@ConditionalOnProperty("sanctuary.service")
public class SanctuaryPlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** No query string in any span attribute or metric tag: it can carry a name or a phone. */
    @Bean
    QueryStringsLeftOut queryStringsLeftOut() {
        return new QueryStringsLeftOut();
    }
}
