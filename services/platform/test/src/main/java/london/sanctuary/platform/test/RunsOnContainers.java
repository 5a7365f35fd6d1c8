package london.sanctuary.platform.test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Runs an integration test class against real Kafka and MongoDB containers instead of the embedded
 * pair. Put it on a subclass of the embedded test; it is skipped where no Docker engine runs.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Testcontainers(disabledWithoutDocker = true)
@TestPropertySource(properties = "sanctuary.test.infrastructure=containers")
public @interface RunsOnContainers {}
