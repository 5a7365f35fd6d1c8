package london.sanctuary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import london.sanctuary.contracts.Topics;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Strimzi {@code KafkaTopic} and {@code KafkaUser} resources written from the code (decision 0048): topic names from
 * {@link Topics}, each topic's size and retention from its family in {@code infra/kafka/topics.yaml}, and each user's
 * ACLs from what its service reads, writes and joins ({@link KafkaNeeds}).
 */
public final class StrimziResources {

    /** The name of the Strimzi {@code Kafka} cluster (infra/k8s/kafka/kafka.yaml). */
    public static final String CLUSTER = "sanctuary";

    private static final String HEADER =
            "# GENERATED from the code by infra (StrimziResources, decision 0048): do not edit.\n"
                    + "# Regenerate: ./mvnw -B -ntp -o -pl infra -am verify -Dtest='Strimzi*' -Dsurefire.failIfNoSpecifiedTests=false"
                    + " -Dsanctuary.regenerate=true\n";

    private final Map<String, Object> families;
    private final Map<String, Object> production;

    private StrimziResources(Map<String, Object> topicsYaml) {
        this.families = map(topicsYaml.get("families"));
        this.production = map(map(topicsYaml.get("defaults")).get("production"));
    }

    /** Reads the topic families of {@code infra/kafka/topics.yaml}. */
    public static StrimziResources from(Path repository) {
        try {
            return new StrimziResources(
                    new Yaml().load(Files.readString(repository.resolve("infra/kafka/topics.yaml"))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every generated file and what it should hold: {@code infra/k8s/kafka/shared-topics.yaml} (the exchange and the
     * GLA facts), and for each overlay {@code kafka/topics.yaml} (its boroughs' topics) and {@code kafka/users.yaml}.
     */
    public static Map<Path, String> files(Path repository) {
        StrimziResources strimzi = from(repository);
        List<String> shared = Topics.all(List.of());
        Map<Path, String> files = new LinkedHashMap<>();
        files.put(repository.resolve("infra/k8s/kafka/shared-topics.yaml"), strimzi.topics(shared));
        try (var overlays = Files.list(repository.resolve("infra/k8s/overlays"))) {
            for (Path dir : overlays.sorted().toList()) {
                Overlay overlay = Overlay.read(dir);
                List<String> own = Topics.all(overlay.boroughs()).stream()
                        .filter(topic -> !shared.contains(topic))
                        .toList();
                files.put(dir.resolve("kafka/topics.yaml"), strimzi.topics(own));
                files.put(
                        dir.resolve("kafka/users.yaml"),
                        strimzi.users(overlay.deployment(), overlay.kafkaNeeds(repository)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A {@code KafkaTopic} for each topic, sized by its family. */
    public String topics(Collection<String> topics) {
        List<Object> resources = new ArrayList<>();
        for (String topic : topics) {
            Map<String, Object> family = map(families.get(family(topic)));
            Map<String, Object> config = new LinkedHashMap<>(map(family.get("configs")));
            config.put("min.insync.replicas", production.get("min.insync.replicas"));
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("topicName", topic);
            spec.put("partitions", family.get("partitions"));
            spec.put("replicas", production.get("replication.factor"));
            spec.put("config", config);
            resources.add(resource("KafkaTopic", topic, spec));
        }
        return dump(resources);
    }

    /** A {@code KafkaUser} (SCRAM-SHA-512, simple authorization) for each of a deployment's services using Kafka. */
    public String users(String deployment, Collection<KafkaNeeds> services) {
        List<Object> resources = new ArrayList<>();
        for (KafkaNeeds needs : services) {
            if (!needs.usesKafka()) {
                continue;
            }
            SortedSet<KafkaAcl> acls = KafkaAcl.of(deployment, needs);
            Map<String, List<String>> operations = new LinkedHashMap<>();
            acls.forEach(acl -> operations
                    .computeIfAbsent(acl.resourceType() + " " + acl.name(), k -> new ArrayList<>())
                    .add(acl.operation()));
            List<Object> entries = new ArrayList<>();
            operations.forEach((resource, ops) -> entries.add(ordered(
                    "resource",
                    ordered("type", resource.split(" ")[0], "name", resource.split(" ")[1], "patternType", "literal"),
                    "operations",
                    ops)));
            Map<String, Object> spec = new LinkedHashMap<>();
            spec.put("authentication", ordered("type", "scram-sha-512"));
            spec.put("authorization", ordered("type", "simple", "acls", entries));
            resources.add(resource("KafkaUser", KafkaAcl.userName(deployment, needs.service()), spec));
        }
        return dump(resources);
    }

    /** The family in topics.yaml a topic belongs to; a topic with none is an error (a topic the file never sized). */
    String family(String topic) {
        if (topic.endsWith(".dlq")) {
            return "dlq";
        }
        if (topic.equals(Topics.EXCHANGE_REFERRALS)) {
            return "exchange";
        }
        if (topic.equals(Topics.GLA_FACTS)) {
            return "gla-facts";
        }
        if (Topics.isCompacted(topic)) {
            return Topics.CONSENT_STATE;
        }
        List<?> services = (List<?>) map(families.get("borough-internal")).get("services");
        String service = topic.replaceFirst("^sanctuary\\.[a-z-]+\\.([a-z-]+)\\.v1$", "$1");
        if (services.contains(service) && !service.equals(topic)) {
            return "borough-internal";
        }
        throw new IllegalStateException("topic " + topic + " has no family in infra/kafka/topics.yaml");
    }

    private static Map<String, Object> resource(String kind, String name, Map<String, Object> spec) {
        Map<String, Object> resource = new LinkedHashMap<>();
        resource.put("apiVersion", "kafka.strimzi.io/v1beta2");
        resource.put("kind", kind);
        resource.put("metadata", ordered("name", name, "labels", ordered("strimzi.io/cluster", CLUSTER)));
        resource.put("spec", spec);
        return resource;
    }

    private static String dump(List<Object> resources) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setExplicitStart(true);
        return HEADER + new Yaml(options).dumpAll(resources.iterator());
    }

    /** A map that keeps its keys in the order given, so the generated files are the same at every run. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
