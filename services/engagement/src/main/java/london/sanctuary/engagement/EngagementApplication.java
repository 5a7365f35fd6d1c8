package london.sanctuary.engagement;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The engagement service. */
@SpringBootApplication
public class EngagementApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(EngagementApplication.class)
                .properties("spring.config.name=engagement")
                .run(args);
    }
}
