package london.sanctuary.actions.config;

import london.sanctuary.actions.board.web.BoardPage;
import london.sanctuary.platform.pages.PageLocale;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

/** The public board: its wording in the language the board controller chose ({@code actions/messages*.properties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BoardPage.class)
class BoardConfiguration {

    @Bean
    LocaleResolver localeResolver() {
        return new PageLocale();
    }
}
