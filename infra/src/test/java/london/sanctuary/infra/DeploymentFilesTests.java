package london.sanctuary.infra;

import static london.sanctuary.infra.Manifests.at;
import static london.sanctuary.infra.Manifests.ofKind;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.env.Environment;

/**
 * The Kubernetes files against the services' configuration: ports, probes on the management port, the security
 * context, secrets only by reference, and no variable a service does not read. Checked on each base and the shared
 * component as written, and on every overlay as kubectl renders it (where kubectl is installed).
 */
class DeploymentFilesTests {

    private static final Path REPOSITORY = Repository.root();
    private static final Path K8S = REPOSITORY.resolve("infra/k8s");
    private static final Pattern SECRET_NAME = Pattern.compile(".*(SECRET|PASSWORD|PRIVATE|JAAS|TOKEN|MONGODB_URI).*");

    static Stream<Path> bases() throws IOException {
        return Files.list(K8S.resolve("base")).sorted();
    }

    static Stream<Path> overlays() throws IOException {
        return Files.list(K8S.resolve("overlays")).sorted();
    }

    @ParameterizedTest
    @MethodSource("bases")
    void eachBaseServesTheServicesOwnPortAndSetsOnlyVariablesTheServiceReads(Path base) {
        // given a service's base as written
        String service = base.getFileName().toString();
        Map<String, Object> deployment =
                Manifests.read(base.resolve("deployment.yaml")).get(0);

        // then it is the service the code configures, with only secrets by reference
        assertServiceContainer(service, container(deployment));
    }

    @Test
    void theSharedComponentPutsProbesOnTheManagementPortAndHardensEveryPod() {
        // given the patch every Deployment gets, as written
        Map<String, Object> patch = Manifests.read(K8S.resolve("components/service/hardened-deployment.yaml"))
                .get(0);

        // then it has the probes on the management port, non-root, read-only root, no capabilities, /tmp
        assertHardened(patch);
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void everyRenderedDeploymentIsHardenedAndAgreesWithItsService(Path overlay) {
        Manifests.rendered(overlay).ifPresent(rendered -> {
            List<Map<String, Object>> deployments = ofKind(rendered, "Deployment");
            assertThat(deployments).isNotEmpty();
            assertThat(ofKind(rendered, "Secret"))
                    .as("secrets are made by the operator, never rendered")
                    .isEmpty();
            Map<String, Map<String, Object>> configMaps = new java.util.HashMap<>();
            ofKind(rendered, "ConfigMap").forEach(c -> configMaps.put(at(c, "metadata", "name"), at(c, "data")));
            for (Map<String, Object> deployment : deployments) {
                String service = at(deployment, "metadata", "name");
                assertHardened(deployment);
                assertServiceContainer(service, container(deployment));
                assertConfigMapsSetOnlyVariablesTheServiceReads(service, container(deployment), configMaps);
                assertThat(at(deployment, "spec", "template", "spec", "serviceAccountName")
                                .toString())
                        .isEqualTo(service);
            }
            assertThat(ofKind(rendered, "PodDisruptionBudget")).hasSameSizeAs(deployments);
            assertThat(ofKind(rendered, "PodMonitor")).hasSize(1);
            assertThat(ofKind(rendered, "NetworkPolicy"))
                    .extracting(p -> at(p, "metadata", "name").toString())
                    .contains(
                            "default-deny", "kafka-egress", "mongodb-egress", "identity-egress", "key-release-egress");
        });
    }

    private static void assertServiceContainer(String service, Map<String, Object> container) {
        Environment config = KafkaNeeds.environment(REPOSITORY, service, Map.of());
        ConfigurationKeys reads = ConfigurationKeys.of(REPOSITORY, service);
        List<Map<String, Object>> env = at(container, "env");
        for (Map<String, Object> variable : env) {
            String name = variable.get("name").toString();
            if (SECRET_NAME.matcher(name).matches()) {
                assertThat(variable)
                        .as("%s: %s comes from a Secret", service, name)
                        .doesNotContainKey("value");
            }
            if (name.startsWith("SANCTUARY_")) {
                assertThat(reads.reads(name)).as("%s reads %s", service, name).isTrue();
            }
            if (name.equals("SERVER_PORT")) {
                assertThat(variable.get("value")).isEqualTo(config.getProperty("server.port"));
                assertThat(port(container, "http")).isEqualTo(Integer.valueOf(config.getProperty("server.port")));
            }
        }
    }

    private static void assertConfigMapsSetOnlyVariablesTheServiceReads(
            String service, Map<String, Object> container, Map<String, Map<String, Object>> configMaps) {
        ConfigurationKeys reads = ConfigurationKeys.of(REPOSITORY, service);
        List<Map<String, Object>> sources = at(container, "envFrom");
        for (Map<String, Object> source : sources) {
            String configMap = at(source, "configMapRef", "name");
            if (configMap != null) {
                assertThat(configMaps)
                        .as("%s: ConfigMap %s", service, configMap)
                        .containsKey(configMap);
                configMaps.get(configMap).keySet().stream()
                        .filter(name -> name.startsWith("SANCTUARY_"))
                        .forEach(name -> assertThat(reads.reads(name))
                                .as("%s reads %s (ConfigMap %s)", service, name, configMap)
                                .isTrue());
            }
        }
    }

    private static void assertHardened(Map<String, Object> deployment) {
        Map<String, Object> pod = at(deployment, "spec", "template", "spec");
        Map<String, Object> container = container(deployment);
        assertThat(at(pod, "securityContext", "runAsNonRoot").toString()).isEqualTo("true");
        assertThat(at(pod, "securityContext", "seccompProfile", "type").toString())
                .isEqualTo("RuntimeDefault");
        assertThat(at(container, "securityContext", "readOnlyRootFilesystem").toString())
                .isEqualTo("true");
        assertThat(at(container, "securityContext", "allowPrivilegeEscalation").toString())
                .isEqualTo("false");
        assertThat((List<Object>) at(container, "securityContext", "capabilities", "drop"))
                .containsExactly("ALL");
        assertThat((List<Map<String, Object>>) at(container, "volumeMounts"))
                .anySatisfy(m -> assertThat(m.get("mountPath")).isEqualTo("/tmp"));
        List<Map<String, Object>> env = at(container, "env");
        assertThat(env).contains(Map.of("name", "MANAGEMENT_SERVER_PORT", "value", "9090"));
        assertThat(port(container, "management")).isEqualTo(9090);
        for (String probe : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            assertThat(at(container, probe, "httpGet", "port").toString())
                    .as(probe)
                    .isEqualTo("management");
            assertThat(at(container, probe, "httpGet", "path").toString())
                    .as(probe)
                    .isIn("/actuator/health/liveness", "/actuator/health/readiness");
        }
    }

    private static Integer port(Map<String, Object> container, String name) {
        List<Map<String, Object>> ports = at(container, "ports");
        return ports.stream()
                .filter(p -> name.equals(p.get("name")))
                .map(p -> (Integer) p.get("containerPort"))
                .findFirst()
                .orElse(null);
    }

    private static Map<String, Object> container(Map<String, Object> deployment) {
        List<Map<String, Object>> containers =
                new ArrayList<>(at(deployment, "spec", "template", "spec", "containers"));
        assertThat(containers).extracting(c -> c.get("name")).containsExactly("service");
        return containers.get(0);
    }
}
