package london.sanctuary.referrals;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The referrals service. */
@SpringBootApplication
public class ReferralsApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(ReferralsApplication.class)
                .properties("spring.config.name=referrals")
                .run(args);
    }
}
