package london.sanctuary.platform.pages;

import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/**
 * Serves GOV.UK Frontend to a service's public pages from its webjar, with no CDN: the stylesheet and
 * script at {@code /public/govuk/…} and, where its stylesheet asks for them, the fonts and images at
 * {@code /assets/…}. Active when a service depends on {@code org.webjars.npm:govuk-frontend}.
 */
public class GovukFrontendAssets implements WebMvcConfigurer {

    /** Where a page links the stylesheet: {@code <link rel="stylesheet" href="/public/govuk/govuk-frontend.min.css">}. */
    public static final String PATH = "/public/govuk/";

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/META-INF/resources/webjars/govuk-frontend/"
                + new WebJarVersionLocator().version("govuk-frontend") + "/dist/govuk/";
        registry.addResourceHandler(PATH + "**").addResourceLocations(dist);
        registry.addResourceHandler("/assets/**").addResourceLocations(dist + "assets/");
    }
}
