package london.sanctuary.infra;

import static london.sanctuary.infra.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import london.sanctuary.contracts.Topics;
import org.junit.jupiter.api.Test;

/** infra/kafka/topics.yaml names what the code names; create-topics.sh creates what the KafkaTopics declare. */
class TopicScriptTests {

    private static final Path REPOSITORY = Repository.root();

    @Test
    void topicsYamlNamesTheTopicsAndBoroughServicesOfTheCode() {
        // given the families of topics.yaml
        Map<String, Object> families =
                at(Manifests.read(REPOSITORY.resolve("infra/kafka/topics.yaml")).get(0), "families");

        // then its names are the code's
        assertThat((List<Object>) at(families, "borough-internal", "services"))
                .containsExactlyElementsOf(new ArrayList<>(Topics.BOROUGH_SERVICES));
        assertThat(at(families, "exchange", "name").toString()).isEqualTo(Topics.EXCHANGE_REFERRALS);
        assertThat(at(families, "gla-facts", "name").toString()).isEqualTo(Topics.GLA_FACTS);
        assertThat(at(families, "borough-internal", "example").toString())
                .isEqualTo(Topics.borough("newham", "consent"));
        assertThat(at(families, Topics.CONSENT_STATE, "example").toString()).isEqualTo(Topics.consentState("newham"));
        assertThat(at(families, Topics.CONSENT_STATE, "configs", "cleanup.policy")
                        .toString())
                .isEqualTo("compact");
    }

    @Test
    void theScriptCreatesForABoroughWhatTheSharedAndTheBoroughsKafkaTopicsDeclare() {
        // given the KafkaTopics of the shared cluster and of Newham's own deployment
        SortedSet<String> declared = new TreeSet<>();
        for (Path file : List.of(
                REPOSITORY.resolve("infra/k8s/kafka/shared-topics.yaml"),
                REPOSITORY.resolve("infra/k8s/overlays/borough-newham/kafka/topics.yaml"))) {
            Manifests.ofKind(Manifests.read(file), "KafkaTopic")
                    .forEach(topic -> declared.add(String.join(
                            " ",
                            at(topic, "spec", "topicName").toString(),
                            at(topic, "spec", "partitions").toString(),
                            at(topic, "spec", "replicas").toString(),
                            at(topic, "spec", "config", "cleanup.policy").toString(),
                            kept(at(topic, "spec", "config")),
                            at(topic, "spec", "config", "min.insync.replicas").toString())));
        }

        // when the script prints what it would create for Newham in production
        Manifests.Commands.Result result = Manifests.Commands.run(
                List.of("bash", "infra/kafka/create-topics.sh", "--dry-run"),
                Map.of("BOROUGHS", "newham", "REPLICATION", "3"));
        assertThat(result.exitCode()).as(result.output()).isZero();
        SortedSet<String> created = new TreeSet<>();
        for (String line : result.output().split("\n")) {
            if (line.contains("--create")) {
                List<String> words = List.of(line.strip().split(" +"));
                created.add(String.join(
                        " ",
                        after(words, "--topic"),
                        after(words, "--partitions"),
                        after(words, "--replication-factor"),
                        config(words, "cleanup.policy"),
                        config(
                                words,
                                "compact".equals(config(words, "cleanup.policy"))
                                        ? "delete.retention.ms"
                                        : "retention.ms"),
                        config(words, "min.insync.replicas")));
            }
        }

        // then it is the same topics, sized alike
        assertThat(created).containsExactlyElementsOf(declared);
    }

    /** How long records are kept: retention.ms, or for a compacted topic how long its tombstones stay. */
    private static String kept(Map<String, Object> config) {
        return String.valueOf(
                "compact".equals(config.get("cleanup.policy"))
                        ? config.get("delete.retention.ms")
                        : config.get("retention.ms"));
    }

    private static String after(List<String> words, String option) {
        return words.get(words.indexOf(option) + 1);
    }

    private static String config(List<String> words, String key) {
        return words.stream()
                .filter(w -> w.startsWith(key + "="))
                .map(w -> w.substring(key.length() + 1))
                .findFirst()
                .orElseThrow();
    }
}
