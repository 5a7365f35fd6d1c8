package london.sanctuary.platform.test;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * A process of the platform run as a child JVM on this test's classpath, so that it can really be killed
 * ({@code SIGKILL}) or halt itself at a fault point, and be started again on the same ports and data.
 * Each start writes its own log file; a child says it is ready by logging {@link #READY}.
 */
public final class ChildJvm implements AutoCloseable {

    public static final String READY = "CHILD-JVM-READY";
    private static final Set<Process> ALIVE = ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> ALIVE.forEach(Process::destroyForcibly)));
    }

    private final String name;
    private final Path logs;
    private final List<String> command;
    private Process process;
    private Path log;
    private int starts;

    private ChildJvm(String name, Path logs, List<String> command) {
        this.name = name;
        this.logs = logs;
        this.command = command;
    }

    /** A child running {@code main} with {@code args}; it is not started yet. */
    public static ChildJvm of(String name, Path logs, String heap, Class<?> main, List<String> args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + heap, "-XX:+UseSerialGC"));
        command.addAll(testJvmFlags(ManagementFactory.getRuntimeMXBean().getInputArguments()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(args);
        return new ChildJvm(name, logs, command);
    }

    /**
     * Of the test JVM's own arguments, the {@code -XX} flags a child should share (the root pom's
     * {@code sanctuary.test.jvm}: the quick compiler and its code cache), so a child compiles as the test that started
     * it does, at suite size and at full size alike. Not the parent's choice of collector: a child runs the serial one.
     */
    static List<String> testJvmFlags(List<String> parentArguments) {
        return parentArguments.stream()
                .filter(flag -> flag.startsWith("-XX:"))
                .filter(flag -> !flag.matches("-XX:[+-]Use\\w+GC"))
                .toList();
    }

    /** For a child's main: says the child is ready, in its log (which the parent reads), through the logger. */
    public static void ready() {
        LoggerFactory.getLogger(ChildJvm.class).info(READY);
    }

    /** Starts the child, with {@code extraArgs} for this start only, and waits until it is ready. */
    public ChildJvm start(String... extraArgs) {
        return launch(extraArgs).awaitReady();
    }

    /** Starts the child, with {@code extraArgs} for this start only, without waiting: children start side by side. */
    public ChildJvm launch(String... extraArgs) {
        List<String> thisStart = new ArrayList<>(command);
        thisStart.addAll(List.of(extraArgs));
        log = logs.resolve(name + "-" + (++starts) + ".log");
        try {
            Files.createDirectories(logs);
            process = new ProcessBuilder(thisStart)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ALIVE.add(process);
        return this;
    }

    /** Waits until the child says it is ready; fails with its log if it died first. */
    public ChildJvm awaitReady() {
        await(name + " ready")
                .atMost(Duration.ofSeconds(120))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> !process.isAlive() || output().contains(READY));
        if (!process.isAlive() && !output().contains(READY)) {
            throw new IllegalStateException(name + " died while starting; its log " + log + " ends:\n" + tail());
        }
        return this;
    }

    /** SIGKILL: the process gets no chance to close, flush or commit anything. */
    public int kill() {
        process.destroyForcibly();
        return awaitExit(Duration.ofSeconds(30));
    }

    /** Waits for the child to end by itself (at its fault point); returns its exit code. */
    public int awaitExit(Duration atMost) {
        try {
            if (!process.waitFor(atMost.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(name + " still alive after " + atMost + "; log " + log);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ALIVE.remove(process);
        return process.exitValue();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** What this start of the child has printed so far. */
    public String output() {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String tail() {
        String out = output();
        return out.substring(Math.max(0, out.length() - 4000));
    }

    @Override
    public void close() {
        if (isAlive()) {
            kill();
        }
    }
}
