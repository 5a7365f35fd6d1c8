package london.sanctuary.feedback.config;

import london.sanctuary.platform.pages.PageLocale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The participant's page: the page's language as the page controller chose it, for the message bundles.
 * (GOV.UK Frontend itself is served by the platform starter.)
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocale();
    }
}
