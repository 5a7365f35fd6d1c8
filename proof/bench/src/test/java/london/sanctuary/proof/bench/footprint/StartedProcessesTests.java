package london.sanctuary.proof.bench.footprint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StartedProcessesTests {

    @Test
    void theFootprintIsMeasuredWithRunLocalsOwnDefaultFlags() throws Exception {
        // when the benchmark reads ./run-local's default JVM flags
        var flags = StartedProcesses.runLocalJvm();

        // then it starts the platform as run-local does: its heap ceiling, the serial collector, the quick compiler,
        // each a flag of its own and nothing but JVM flags
        assertThat(flags)
                .contains("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1")
                .allSatisfy(flag -> assertThat(flag).matches("-X\\S+"));
    }
}
