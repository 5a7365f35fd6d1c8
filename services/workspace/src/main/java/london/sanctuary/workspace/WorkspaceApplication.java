package london.sanctuary.workspace;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** The staff's one web application: pages over the services' APIs, with the signed-in person's token. */
@SpringBootApplication
public class WorkspaceApplication {

    public static void main(String[] args) {
        // workspace.yml, not application.yml: locally every service shares one JVM and classpath.
        new SpringApplicationBuilder(WorkspaceApplication.class)
                .properties("spring.config.name=workspace")
                .run(args);
    }
}
