package london.sanctuary.consent;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The consent service: participants, consent per purpose, receipts and erasure. */
@SpringBootApplication
public class ConsentApplication {

    public static void main(String[] args) {
        // consent.yml, not application.yml: locally every service shares one JVM and classpath.
        new SpringApplicationBuilder(ConsentApplication.class)
                .properties("spring.config.name=consent")
                .run(args);
    }
}
