package london.sanctuary.feedback.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The participant's page: the page's language as the page controller chose it, for the message bundles.
 * (GOV.UK Frontend itself is served by the platform starter.)
 */
@Configuration(proxyBeanMethods = false)
class PageConfiguration implements WebMvcConfigurer {

    /** Request attribute holding the {@link Locale} the page controller chose. */
    static final String PAGE_LOCALE = PageConfiguration.class.getName() + ".locale";

    @Bean
    LocaleResolver localeResolver() {
        return new LocaleResolver() {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                Object chosen = request.getAttribute(PAGE_LOCALE);
                return chosen instanceof Locale locale ? locale : Locale.ENGLISH;
            }

            @Override
            public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
                request.setAttribute(PAGE_LOCALE, locale);
            }
        };
    }
}
