package london.sanctuary.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChildJvmTests {

    @Test
    void aChildSharesItsParentsJvmFlagsButNotItsCollectorHeapOrProperties() {
        // given a parent started with flags of every kind
        List<String> parent = List.of(
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseG1GC",
                "-Xmx2g",
                "-XX:MaxInlineLevel=20",
                "-Dsanctuary.size=full",
                "-XX:-UseParallelGC",
                "-javaagent:agent.jar");

        // then a child shares its -XX flags, in order, except the collector's
        assertThat(ChildJvm.testJvmFlags(parent)).containsExactly("-XX:TieredStopAtLevel=1", "-XX:MaxInlineLevel=20");
    }

    @Test
    void aChildRunsWithItsParentsJvmFlagsOnTheSerialCollector(@TempDir Path logs) {
        // given this test JVM's own -XX flags (the root pom's sanctuary.test.jvm when Maven runs it)
        List<String> parents =
                ChildJvm.testJvmFlags(ManagementFactory.getRuntimeMXBean().getInputArguments());

        // when a child JVM starts and prints its own
        try (ChildJvm child = ChildJvm.of("flags", logs, "64m", PrintsItsFlags.class, List.of())) {
            child.launch();
            assertThat(child.awaitExit(Duration.ofSeconds(60))).isZero();

            // then it runs with the parent's, on the serial collector, within its heap
            assertThat(child.output().lines()).containsAll(parents).contains("-XX:+UseSerialGC", "-Xmx64m");
        }
    }

    /** A child's main: prints its JVM flags, one per line. */
    static final class PrintsItsFlags {

        public static void main(String[] args) {
            ManagementFactory.getRuntimeMXBean().getInputArguments().forEach(System.out::println);
        }
    }
}
