package london.sanctuary.platform.input;

import london.sanctuary.platform.problem.ProblemAnswer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;

/**
 * Strict input: bodies capped and strictly UTF-8 before anything reads them ({@link BodyGate}), read as typed and
 * never coerced ({@link StrictJson}), and held to their bounds ({@link BodyBounds}), under
 * {@code sanctuary.requests.*} ({@link RequestLimits}).
 */
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration")
@ConditionalOnProperty("sanctuary.service")
@EnableConfigurationProperties(RequestLimits.class)
@Import(BodyBounds.class)
public class InputAutoConfiguration {

    @Bean
    StrictJson strictJson() {
        return new StrictJson();
    }

    @Bean
    @ConditionalOnMissingBean
    Refusals refusals() {
        return (request, response, problem) -> Refusals.asProblem(response, problem);
    }

    /** Before anything reads a body, the security chain's CSRF check included: caps and strict UTF-8. */
    @Bean
    FilterRegistrationBean<BodyGate> bodyGate(RequestLimits limits, Refusals refusals) {
        FilterRegistrationBean<BodyGate> registration = new FilterRegistrationBean<>(new BodyGate(limits, refusals));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    ProblemAnswer outOfBoundsAnswer() {
        return OutOfBounds.ANSWER;
    }
}
