package london.sanctuary.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A service started for real on a random port, against the shared broker and store. Tests with the
 * same configuration share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sanctuary.boroughs=newham,barnet,lambeth"})
@ContextConfiguration(initializers = InfrastructureInitializer.class)
public @interface SanctuaryIntegrationTest {}
