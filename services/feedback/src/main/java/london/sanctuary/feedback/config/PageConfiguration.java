package london.sanctuary.feedback.config;

import io.micrometer.core.instrument.MeterRegistry;
import london.sanctuary.feedback.page.web.PublicFormThrottle;
import london.sanctuary.feedback.page.web.PublicLimits;
import london.sanctuary.feedback.page.web.PublicRefusals;
import london.sanctuary.platform.input.Refusals;
import london.sanctuary.platform.pages.PageLocale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * The participant's page: the page's language as the page controller chose it, for the message bundles; refusals
 * before the page as a short page in that language; the page's rate limit. (GOV.UK Frontend itself is served by the
 * platform starter.)
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicLimits.class)
class PageConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocale();
    }

    @Bean
    Refusals publicRefusals(ITemplateEngine templates) {
        return new PublicRefusals(templates);
    }

    /** Before the starter's body gate (and so before the security chain): a flood is not even read. */
    @Bean
    FilterRegistrationBean<PublicFormThrottle> publicFormThrottle(
            PublicLimits limits, Refusals refusals, MeterRegistry registry) {
        FilterRegistrationBean<PublicFormThrottle> registration =
                new FilterRegistrationBean<>(new PublicFormThrottle(limits, refusals, registry));
        registration.addUrlPatterns("/public/f/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }
}
