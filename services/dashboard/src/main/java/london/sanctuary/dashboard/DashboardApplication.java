package london.sanctuary.dashboard;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The GLA dashboard: London-wide figures built only from anonymised facts. */
@SpringBootApplication
public class DashboardApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(DashboardApplication.class)
                .properties("spring.config.name=dashboard")
                .run(args);
    }
}
