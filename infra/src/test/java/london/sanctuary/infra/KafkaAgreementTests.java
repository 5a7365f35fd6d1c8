package london.sanctuary.infra;

import static london.sanctuary.infra.Manifests.at;
import static london.sanctuary.infra.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every overlay's Kafka topics, users, ACLs and consumer groups agree with what the code reads, writes and joins: on
 * the files as written, and again on what {@code kubectl kustomize} renders where kubectl is installed.
 */
class KafkaAgreementTests {

    private static final Path REPOSITORY = Repository.root();

    static Stream<Path> overlays() throws IOException {
        return Files.list(REPOSITORY.resolve("infra/k8s/overlays")).sorted();
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyTopicAServiceReadsOrWritesIsCreatedForItsDeployment(Path dir) {
        // given the topics of the overlay and the shared cluster, as written and as rendered
        for (List<Map<String, Object>> kafka : kafkaDocuments(dir)) {
            Set<String> topics = new TreeSet<>();
            ofKind(kafka, "KafkaTopic").forEach(t -> topics.add(at(t, "spec", "topicName")));

            // when the code says what each service needs, then each topic exists
            for (KafkaNeeds needs : Overlay.read(dir).kafkaNeeds(REPOSITORY)) {
                assertThat(topics)
                        .as("%s: topics %s reads", dir, needs.service())
                        .containsAll(needs.reads());
                assertThat(topics)
                        .as("%s: topics %s writes", dir, needs.service())
                        .containsAll(needs.writes());
            }
        }
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void eachServicesKafkaUserIsGrantedExactlyWhatTheCodeNeedsAndNoOtherGroup(Path dir) {
        Overlay overlay = Overlay.read(dir);
        // given what the code needs: a deployment's own groups, its boroughs' topics
        SortedSet<KafkaAcl> needed = new TreeSet<>();
        overlay.kafkaNeeds(REPOSITORY).forEach(needs -> needed.addAll(KafkaAcl.of(overlay.deployment(), needs)));

        for (List<Map<String, Object>> kafka : kafkaDocuments(dir)) {
            // when the KafkaUsers' ACLs are read, then they are exactly those
            assertThat(granted(kafka)).as("%s: KafkaUser ACLs", dir).containsExactlyElementsOf(needed);
        }
        // and no group of another deployment is in them
        assertThat(needed)
                .filteredOn(acl -> acl.resourceType().equals("group"))
                .allSatisfy(acl -> assertThat(acl.name()).endsWith("-" + overlay.deployment()));
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void theRenderedOverlayDeploysTheServicesAndDeploymentItsFilesName(Path dir) {
        Overlay written = Overlay.read(dir);
        Manifests.rendered(dir).ifPresent(rendered -> {
            // given the rendered Deployments and the deployment's ConfigMap
            Set<String> services = new TreeSet<>();
            ofKind(rendered, "Deployment").forEach(d -> services.add(at(d, "metadata", "name")));
            Map<String, String> env = new HashMap<>();
            ofKind(rendered, "ConfigMap").stream()
                    .filter(c -> at(c, "metadata", "name").toString().startsWith(Overlay.DEPLOYMENT_CONFIG + "-"))
                    .forEach(c -> env.putAll(at(c, "data")));

            // then they are what the files say, so the checks on the files hold for the rendered output
            assertThat(services).containsExactlyInAnyOrderElementsOf(written.services());
            assertThat(env).isEqualTo(written.env());
        });
    }

    /** The overlay's and the shared cluster's Kafka resources, as written and (with kubectl) rendered. */
    private static List<List<Map<String, Object>>> kafkaDocuments(Path dir) {
        Path shared = REPOSITORY.resolve("infra/k8s/kafka");
        List<Map<String, Object>> written = new java.util.ArrayList<>();
        for (Path file : List.of(
                dir.resolve("kafka/topics.yaml"),
                dir.resolve("kafka/users.yaml"),
                shared.resolve("shared-topics.yaml"))) {
            written.addAll(Manifests.read(file));
        }
        List<List<Map<String, Object>>> all = new java.util.ArrayList<>(List.of(written));
        Manifests.rendered(dir.resolve("kafka"))
                .ifPresent(own -> Manifests.rendered(shared).ifPresent(cluster -> {
                    List<Map<String, Object>> rendered = new java.util.ArrayList<>(own);
                    rendered.addAll(cluster);
                    all.add(rendered);
                }));
        return all;
    }

    static SortedSet<KafkaAcl> granted(List<Map<String, Object>> kafka) {
        SortedSet<KafkaAcl> acls = new TreeSet<>();
        for (Map<String, Object> user : ofKind(kafka, "KafkaUser")) {
            String principal = "User:" + at(user, "metadata", "name");
            List<Map<String, Object>> entries = at(user, "spec", "authorization", "acls");
            for (Map<String, Object> entry : entries) {
                assertThat(at(entry, "resource", "patternType").toString()).isEqualTo("literal");
                List<String> operations = at(entry, "operations");
                operations.forEach(op -> acls.add(
                        new KafkaAcl(principal, at(entry, "resource", "type"), at(entry, "resource", "name"), op)));
            }
        }
        return acls;
    }
}
