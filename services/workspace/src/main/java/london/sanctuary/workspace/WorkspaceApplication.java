package london.sanctuary.workspace;

import java.time.Clock;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/** The staff's one web application: pages over the services' APIs, with the signed-in person's token. */
@SpringBootApplication
public class WorkspaceApplication {

    public static void main(String[] args) {
        // workspace.yml, not application.yml: locally every service shares one JVM and classpath.
        new SpringApplicationBuilder(WorkspaceApplication.class)
                .properties("spring.config.name=workspace")
                .run(args);
    }

    /** The time the pages count from (a referral's clock, an erasure request's due day); a test may give its own. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
