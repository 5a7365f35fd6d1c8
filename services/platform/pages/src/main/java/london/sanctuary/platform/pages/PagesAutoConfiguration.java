package london.sanctuary.platform.pages;

import london.sanctuary.platform.pages.council.CouncilSettings;
import london.sanctuary.platform.pages.council.Councils;
import london.sanctuary.platform.pages.signin.PageSecurity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Staff pages: sign-in with a session cookie and CSRF ({@link PageSecurity}, when
 * {@code sanctuary.pages.sign-in.enabled}), GOV.UK Frontend's assets when the service has the webjar, and the
 * councils' details for the public pages' footer ({@link Councils}), and the public pages' form tokens in a cookie set
 * before the page renders.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@ConditionalOnProperty("sanctuary.service")
@Import(PageSecurity.class)
@EnableConfigurationProperties(CouncilSettings.class)
public class PagesAutoConfiguration {

    @Bean
    @ConditionalOnResource(resources = "classpath:META-INF/resources/webjars/govuk-frontend")
    GovukFrontendAssets govukFrontendAssets() {
        return new GovukFrontendAssets();
    }

    /** Public pages' form tokens set before the page streams out ({@link FormTokenBeforeRender}). */
    @Bean
    WebMvcConfigurer formTokenBeforeRender() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new FormTokenBeforeRender());
            }
        };
    }

    @Bean
    Councils councils(CouncilSettings settings) {
        return new Councils(settings);
    }
}
