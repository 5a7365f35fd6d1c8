package london.sanctuary.platform.test;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service under test at the shared broker and store and at the test token issuer. The
 * embedded pair by default; real containers when the test sets
 * {@code sanctuary.test.infrastructure=containers} (see {@link RunsOnContainers}). Each service's keyring is a
 * folder of this JVM's, shared by its contexts as they share the store. Each context holds leases of its own, as if
 * it were alone: the cached contexts of one JVM are configured differently (an SLA check every 200 ms in one, the
 * default in another), and one holding a job's lease would run it on its own schedule for all of them. Replicas
 * that share their leases are started by {@code ActionsReplicasIntegrationTests}.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        boolean containers = "containers".equals(context.getEnvironment().getProperty("sanctuary.test.infrastructure"));
        TestPropertyValues.of(
                        "spring.kafka.bootstrap-servers="
                                + (containers
                                        ? ContainerInfrastructure.kafkaBootstrapServers()
                                        : EmbeddedInfrastructure.kafkaBootstrapServers()),
                        "spring.mongodb.uri="
                                + (containers ? ContainerInfrastructure.mongoUri() : EmbeddedInfrastructure.mongoUri()),
                        "sanctuary.security.issuer=" + TestTokens.ISSUER,
                        "sanctuary.security.public-key-location=" + TestTokens.publicKeyLocation(),
                        "sanctuary.keyring.location=" + TestKeyrings.folder() + "/${sanctuary.service}",
                        "sanctuary.lease.database=${sanctuary.service}_leases_"
                                + UUID.randomUUID().toString().substring(0, 8))
                .applyTo(context);
    }
}
