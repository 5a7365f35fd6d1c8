package london.sanctuary.dashboard.config;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.webjars.WebJarVersionLocator;

/** Serves Apache ECharts from its WebJar at {@code /public/dashboard/echarts/…}: no CDN. */
@Configuration(proxyBeanMethods = false)
class ChartAssets implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        String dist = "classpath:/META-INF/resources/webjars/echarts/" + new WebJarVersionLocator().version("echarts")
                + "/dist/";
        registry.addResourceHandler("/public/dashboard/echarts/**").addResourceLocations(dist);
    }
}
