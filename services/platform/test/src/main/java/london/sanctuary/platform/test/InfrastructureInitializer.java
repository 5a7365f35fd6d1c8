package london.sanctuary.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service under test at the shared broker and store and at the test token issuer. The
 * embedded pair by default; real containers when the test sets
 * {@code sanctuary.test.infrastructure=containers} (see {@link RunsOnContainers}). Each service's keyring is a
 * folder of this JVM's, shared by its contexts as they share the store.
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
                        "sanctuary.keyring.location=" + TestKeyrings.folder() + "/${sanctuary.service}")
                .applyTo(context);
    }
}
