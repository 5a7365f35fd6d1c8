package london.sanctuary.proof.faults.kill.app;

import london.sanctuary.platform.test.ChildJvm;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * A child JVM's main: a small service on the platform starter. As the enrolling service it writes
 * aggregates and its outbox relay publishes them; as the counting service it consumes them through the
 * inbox. With {@code proof.fault} it halts at that {@link FaultPoint}.
 */
@SpringBootApplication
public class EnrolmentsApp {

    public static void main(String[] args) {
        new SpringApplicationBuilder(EnrolmentsApp.class)
                // Only the arguments configure it: not the application.yml of a service on the classpath.
                .properties("spring.config.name=enrolments-app", "spring.main.banner-mode=off")
                .run(args);
        ChildJvm.ready();
    }

    @Bean
    MongoClientSettingsBuilderCustomizer faultPoint(@Value("${proof.fault:}") String fault) {
        return settings -> {
            if (!fault.isBlank()) {
                settings.addCommandListener(FaultPoint.parse(fault));
            }
        };
    }
}
