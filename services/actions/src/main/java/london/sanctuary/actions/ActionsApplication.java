package london.sanctuary.actions;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The actions service. */
@SpringBootApplication
public class ActionsApplication {

    public static void main(String[] args) {
        new SpringApplicationBuilder(ActionsApplication.class)
                .properties("spring.config.name=actions")
                .run(args);
    }
}
