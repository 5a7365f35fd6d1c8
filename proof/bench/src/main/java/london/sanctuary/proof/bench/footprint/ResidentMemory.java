package london.sanctuary.proof.bench.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's resident set size, from {@code /proc/<pid>/status} (Linux). */
final class ResidentMemory {

    private ResidentMemory() {}

    static double mebibytesOf(long pid) throws IOException {
        return Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
                .filter(line -> line.startsWith("VmRSS:"))
                .map(line -> line.replaceAll("[^0-9]", ""))
                .mapToDouble(kib -> Long.parseLong(kib) / 1024.0)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no VmRSS for process " + pid));
    }
}
