package london.sanctuary.infra;

import static london.sanctuary.infra.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.env.Environment;

/** docker-compose.yml against the services' configuration: ports, health checks and the variables they read. */
class ComposeFileTests {

    private static final Path REPOSITORY = Repository.root();

    @Test
    void eachComposedServiceListensAndIsCheckedOnTheServicesOwnPortAndGetsOnlyVariablesItReads() {
        // given the compose file's services that are ours
        Map<String, Map<String, Object>> services =
                at(Manifests.read(REPOSITORY.resolve("docker-compose.yml")).get(0), "services");
        List<String> ours = services.keySet().stream()
                .filter(name -> Files.exists(configuration(name)))
                .toList();
        assertThat(ours)
                .contains("consent", "engagement", "feedback", "actions", "referrals", "dashboard", "workspace");

        for (String service : ours) {
            // when its variables are read as the service reads them
            Map<String, Object> env = at(services.get(service), "environment");
            Environment config = KafkaNeeds.environment(REPOSITORY, service, Map.of());
            String port = config.getProperty("server.port");
            ConfigurationKeys reads = ConfigurationKeys.of(REPOSITORY, service);

            // then the port is the service's, and so are its health check and published port
            assertThat(String.valueOf(env.get("SERVER_PORT"))).as(service).isEqualTo(port);
            assertThat(at(services.get(service), "healthcheck", "test").toString())
                    .as(service)
                    .contains("/dev/tcp/127.0.0.1/" + port + " ");
            assertThat((List<Object>) at(services.get(service), "ports"))
                    .as(service)
                    .contains(port + ":" + port);
            // and the service reads every SANCTUARY_ variable it is given
            env.keySet().stream()
                    .filter(name -> name.startsWith("SANCTUARY_"))
                    .forEach(name -> assertThat(reads.reads(name))
                            .as("%s reads %s", service, name)
                            .isTrue());
        }
    }

    @Test
    void dockerComposeFindsTheFileValid() {
        // given docker-compose (CI installs it; skipped where absent: the test above reads the same file)
        assumeTrue(Manifests.Commands.onPath("docker-compose"), "docker-compose is not installed");

        // when it resolves the file with every profile, then it has nothing to say
        Manifests.Commands.Result result = Manifests.Commands.run(
                List.of("docker-compose", "-f", "docker-compose.yml", "--profile", "observability", "config", "-q"),
                Map.of());
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).isBlank();
    }

    private static Path configuration(String service) {
        return REPOSITORY.resolve("services/" + service + "/src/main/resources/" + service + ".yml");
    }
}
