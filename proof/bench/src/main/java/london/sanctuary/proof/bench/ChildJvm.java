package london.sanctuary.proof.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Another Java process started from this one, its output kept in a file: a baseline tool or a platform. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    /** Starts {@code java <jvmArgs> <mainAndArgs>} with this JVM's java binary; output goes to {@code output}. */
    public static ChildJvm start(List<String> jvmArgs, List<String> mainAndArgs, Path output) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmArgs);
        command.addAll(mainAndArgs);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        return new ChildJvm(process, output);
    }

    /** This JVM's classpath (under Surefire the test classpath, not its booter jar), filtered by jar file name. */
    public static String classpath(Predicate<String> keepJarNamed) {
        String all = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return java.util.Arrays.stream(all.split(File.pathSeparator))
                .filter(entry -> !entry.endsWith(".jar")
                        || keepJarNamed.test(Path.of(entry).getFileName().toString()))
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** Waits for the process to end by itself; fails, with the end of its output, when it does not or fails. */
    public String awaitOutput(long timeoutSeconds) throws IOException, InterruptedException {
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("still running after " + timeoutSeconds + " s:\n" + tail());
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("exited with " + process.exitValue() + ":\n" + tail());
        }
        return Files.readString(output);
    }

    /** The last lines of its output, to say why it failed. */
    public String tail() throws IOException {
        List<String> lines = Files.readAllLines(output);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** Asks it to stop (SIGTERM, so shutdown hooks run), and kills it when it has not stopped in 60 s. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
