package london.sanctuary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;

/**
 * A Kustomize overlay under {@code infra/k8s/overlays/}, as far as Kafka is concerned: the services it deploys and the
 * environment of its {@code sanctuary-deployment} ConfigMap (SANCTUARY_DEPLOYMENT, SANCTUARY_BOROUGHS).
 */
public record Overlay(String name, List<String> services, Map<String, String> env) {

    /** The ConfigMap every service of an overlay takes its deployment's shape from. */
    public static final String DEPLOYMENT_CONFIG = "sanctuary-deployment";

    /** Reads an overlay's kustomization.yaml as written (no kubectl needed). */
    public static Overlay read(Path overlay) {
        Map<String, Object> kustomization = load(overlay.resolve("kustomization.yaml"));
        List<String> services = new ArrayList<>();
        for (Object resource : (List<?>) kustomization.get("resources")) {
            String path = resource.toString();
            if (path.startsWith("../../base/")) {
                services.add(path.substring("../../base/".length()));
            }
        }
        Map<String, String> env = new LinkedHashMap<>();
        for (Object generator : (List<?>) kustomization.get("configMapGenerator")) {
            Map<?, ?> configMap = (Map<?, ?>) generator;
            if (DEPLOYMENT_CONFIG.equals(configMap.get("name"))) {
                for (Object literal : (List<?>) configMap.get("literals")) {
                    String[] pair = literal.toString().split("=", 2);
                    env.put(pair[0], pair[1]);
                }
            }
        }
        return new Overlay(overlay.getFileName().toString(), List.copyOf(services), Map.copyOf(env));
    }

    /** The deployment's name: part of its consumer groups and Kafka users. */
    public String deployment() {
        String deployment = env.get("SANCTUARY_DEPLOYMENT");
        if (deployment == null) {
            throw new IllegalStateException(name + ": " + DEPLOYMENT_CONFIG + " names no SANCTUARY_DEPLOYMENT");
        }
        return deployment;
    }

    /** The boroughs the deployment serves. */
    public List<String> boroughs() {
        return List.of(env.getOrDefault("SANCTUARY_BOROUGHS", "").split(","));
    }

    /** What each of the overlay's services needs of Kafka, by the code. */
    public List<KafkaNeeds> kafkaNeeds(Path repository) {
        return services.stream()
                .map(service -> KafkaNeeds.of(repository, service, env))
                .filter(KafkaNeeds::usesKafka)
                .toList();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> load(Path yaml) {
        try {
            return new Yaml().load(Files.readString(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
