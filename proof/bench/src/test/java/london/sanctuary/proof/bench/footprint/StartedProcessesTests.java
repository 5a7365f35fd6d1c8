package london.sanctuary.proof.bench.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StartedProcessesTests {

    @Test
    void theFootprintIsMeasuredWithRunLocalsOwnDefaultFlags() throws Exception {
        // given the line of ./run-local that sets its JVM's default flags
        String script = Files.readString(Path.of("../../run-local"));
        String line = script.lines()
                .filter(l -> l.startsWith("default_opts="))
                .findFirst()
                .orElseThrow();

        // when the benchmark reads them
        var flags = StartedProcesses.runLocalJvm();

        // then it starts the platform with each of them, in order, and with a heap ceiling among them
        assertThat(flags).isNotEmpty().allSatisfy(flag -> assertThat(flag).startsWith("-X"));
        assertThat(line).isEqualTo("default_opts=\"" + String.join(" ", flags) + "\"");
        assertThat(flags).anyMatch(flag -> flag.startsWith("-Xmx"));
    }
}
