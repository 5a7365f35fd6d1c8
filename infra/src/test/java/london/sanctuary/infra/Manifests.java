package london.sanctuary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.yaml.snakeyaml.Yaml;

/** Kubernetes manifests as maps: from files as written, or rendered by {@code kubectl kustomize} where it is installed. */
final class Manifests {

    private Manifests() {}

    /** Every document of a (multi-document) YAML file. */
    static List<Map<String, Object>> read(Path file) {
        try {
            return parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The overlay rendered by kubectl, or empty when kubectl is not on PATH (the raw files are checked regardless). */
    static Optional<List<Map<String, Object>>> rendered(Path kustomization) {
        if (!Commands.onPath("kubectl")) {
            return Optional.empty();
        }
        Commands.Result result = Commands.run(List.of("kubectl", "kustomize", kustomization.toString()), Map.of());
        if (result.exitCode() != 0) {
            throw new AssertionError("kubectl kustomize " + kustomization + " failed:\n" + result.output());
        }
        return Optional.of(parse(result.output()));
    }

    /** The documents of one kind. */
    static List<Map<String, Object>> ofKind(List<Map<String, Object>> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    /** A nested value by keys, e.g. {@code at(deployment, "spec", "template", "spec")}. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, String... keys) {
        Object value = node;
        for (String key : keys) {
            value = value == null ? null : ((Map<String, Object>) value).get(key);
        }
        return (T) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> parse(String yaml) {
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : new Yaml().loadAll(yaml)) {
            if (document != null) {
                documents.add((Map<String, Object>) document);
            }
        }
        return documents;
    }

    /** Running a command line tool (bash, kubectl, docker-compose). */
    static final class Commands {

        record Result(int exitCode, String output) {}

        private Commands() {}

        static boolean onPath(String tool) {
            return run(List.of("bash", "-c", "command -v " + tool), Map.of()).exitCode() == 0;
        }

        static Result run(List<String> command, Map<String, String> env) {
            try {
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                builder.directory(Repository.root().toFile());
                builder.environment().putAll(env);
                Process process = builder.start();
                String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!process.waitFor(2, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    throw new AssertionError(command + " did not finish in two minutes");
                }
                return new Result(process.exitValue(), output);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
