package london.sanctuary.platform.problem;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every error as problem+json: the advice for the application's errors, the error controller for what reaches
 * {@code /error}, the valve for Tomcat's own refusals, and a {@code Content-Type} with a wildcard refused as 415.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@ConditionalOnProperty("sanctuary.service")
@Import({ProblemAdvice.class, ProblemErrorController.class})
public class ProblemsAutoConfiguration {

    /** Tomcat's own refusals, before the application sees a request, as problems too ({@link ProblemReportValve}). */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
            }
        });
    }

    @Bean
    WebMvcConfigurer wildcardContentType() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new WildcardContentType());
            }
        };
    }
}
