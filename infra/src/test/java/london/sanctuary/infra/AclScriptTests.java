package london.sanctuary.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** infra/kafka/acls.sh (clusters without Strimzi) grants what the generated KafkaUsers grant, no more, no less. */
class AclScriptTests {

    private static final Path REPOSITORY = Repository.root();

    @Test
    void theScriptGrantsTheGlaPlatformDeploymentExactlyWhatTheCodeNeeds() {
        // given the platform overlay (one deployment serving several boroughs, with the dashboard)
        Overlay platform = Overlay.read(REPOSITORY.resolve("infra/k8s/overlays/platform"));

        // when the script prints its grants for the same deployment and boroughs
        SortedSet<KafkaAcl> script =
                dryRun(Map.of("DEPLOYMENT", platform.deployment(), "BOROUGHS", String.join(",", platform.boroughs())));

        // then they are the code's
        assertThat(script).containsExactlyElementsOf(needed(platform));
    }

    @Test
    void theScriptGrantsABoroughsOwnDeploymentExactlyWhatTheCodeNeeds() {
        // given a borough's own deployment, named after the borough
        Overlay newham = Overlay.read(REPOSITORY.resolve("infra/k8s/overlays/borough-newham"));
        assertThat(newham.boroughs()).containsExactly(newham.deployment());

        // when the script prints its grants for that borough alone
        SortedSet<KafkaAcl> script = dryRun(Map.of("BOROUGHS", newham.deployment()));

        // then they are the code's, and nothing of another borough
        assertThat(script).containsExactlyElementsOf(needed(newham));
        assertThat(script).noneMatch(acl -> acl.name().contains("barnet"));
    }

    private static SortedSet<KafkaAcl> needed(Overlay overlay) {
        SortedSet<KafkaAcl> needed = new TreeSet<>();
        overlay.kafkaNeeds(REPOSITORY).forEach(needs -> needed.addAll(KafkaAcl.of(overlay.deployment(), needs)));
        return needed;
    }

    /** The grants of {@code acls.sh --dry-run}, one per operation, read from the kafka-acls.sh commands it prints. */
    static SortedSet<KafkaAcl> dryRun(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.putIfAbsent("DEPLOYMENT", "");
        Manifests.Commands.Result result =
                Manifests.Commands.run(List.of("bash", "infra/kafka/acls.sh", "--dry-run"), all);
        assertThat(result.exitCode()).as(result.output()).isZero();
        SortedSet<KafkaAcl> acls = new TreeSet<>();
        for (String line : result.output().strip().split("\n")) {
            List<String> words = List.of(line.strip().split(" +"));
            String principal = words.get(words.indexOf("--allow-principal") + 1);
            String type = words.contains("--topic") ? "topic" : "group";
            String name = words.get(words.indexOf("--" + type) + 1);
            assertThat(words.get(words.indexOf("--resource-pattern-type") + 1)).isEqualTo("literal");
            for (int i = 0; i < words.size(); i++) {
                if (words.get(i).equals("--operation")) {
                    acls.add(new KafkaAcl(principal, type, name, words.get(i + 1)));
                }
            }
        }
        return acls;
    }
}
