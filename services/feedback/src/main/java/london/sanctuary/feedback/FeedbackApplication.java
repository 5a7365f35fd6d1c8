package london.sanctuary.feedback;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The feedback service. */
@SpringBootApplication
public class FeedbackApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(FeedbackApplication.class)
                .properties("spring.config.name=feedback")
                .run(args);
    }
}
