package london.sanctuary.actions;

import london.sanctuary.platform.test.ChildJvm;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A child JVM's main: a replica of the actions service with the {@link ReplicaProbe} sweep, which
 * {@link ActionsReplicasIntegrationTests} starts as a process of its own so that it can kill it ({@code SIGKILL}).
 * Configured by its arguments only; prints {@code port=<its HTTP port>} before it says it is ready.
 */
public final class KilledReplica {

    static final String PORT = "port=";

    private KilledReplica() {}

    public static void main(String[] args) {
        ConfigurableApplicationContext replica = new SpringApplicationBuilder(
                        ActionsApplication.class, ReplicaProbe.class)
                .properties("spring.main.banner-mode=off")
                .run(args);
        System.out.println(PORT + replica.getEnvironment().getRequiredProperty("local.server.port"));
        ChildJvm.ready();
    }
}
