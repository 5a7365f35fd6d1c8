package london.sanctuary.actions.config;

import london.sanctuary.platform.pages.PageLocale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The public board: its wording in the language the board controller chose ({@code actions/messages*.properties}). */
@Configuration(proxyBeanMethods = false)
class BoardConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocale();
    }
}
