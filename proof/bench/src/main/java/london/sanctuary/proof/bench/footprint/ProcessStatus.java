package london.sanctuary.proof.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident set size and thread count, from {@code /proc/<pid>/status} (Linux). */
final class ProcessStatus {

    private ProcessStatus() {}

    static double residentMiB(long pid) throws IOException {
        return field(pid, "VmRSS") / 1024.0;
    }

    static int threads(long pid) throws IOException {
        return (int) field(pid, "Threads");
    }

    private static long field(long pid, String name) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith(name + ":"))
                .map(line -> line.replaceAll("[^0-9]", ""))
                .mapToLong(Long::parseLong)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + name + " for process " + pid));
    }
}
