package london.sanctuary.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules of {@code infra/prometheus} against the code: promtool checks them and runs their unit tests where
 * it is installed (CI installs it), and on any machine every metric they name is one this service exposes at
 * {@code /actuator/prometheus} once it has had traffic, a dead letter and an overdue referral.
 */
class AlertRulesIntegrationTests extends ReferralsServiceTest {

    static final Path RULES = repositoryRoot().resolve("infra/prometheus");
    /** Series Prometheus makes itself, not the services. */
    static final Set<String> PROMETHEUS_OWN = Set.of("up");

    static final Set<String> PROMQL_WORDS = Set.of(
            "by", "without", "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "bool", "offset");
    static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @Test
    void promtoolFindsTheRulesValidAndTheirUnitTestsPass() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(onPath("promtool"), "promtool is not installed here");

        assertThat(promtool("check", "rules", "alerts.yml")).isEmpty();
        assertThat(promtool("test", "rules", "alerts.test.yml")).isEmpty();
    }

    @Test
    void everyMetricTheAlertRulesNameIsOneTheServiceExposes() throws Exception {
        // given a referral overdue at Barnet, a record no consumer can read, and answered requests
        Person person = movable("newham");
        UUID id = inBarnetsInbox(person);
        pastItsTime(id);
        awaitOverdueAtBarnet(id);
        poisonOnTheExchange();

        // when
        Set<String> named = metricsNamedIn(RULES.resolve("alerts.yml"));

        // then
        assertThat(named).contains("sanctuary_referrals_overdue", "resilience4j_circuitbreaker_state");
        await().atMost(PATIENCE).untilAsserted(() -> {
            String exposed = scrape();
            assertThat(named)
                    .filteredOn(metric -> !PROMETHEUS_OWN.contains(metric))
                    .allSatisfy(metric -> assertThat(exposed).as(metric).containsPattern("(?m)^" + metric + "[{ ]"));
            assertThat(exposed).containsPattern("(?m)^sanctuary_referrals_overdue\\{borough=\"barnet\".*} [1-9]");
        });
    }

    /** Every metric an expression of the rules reads: its identifiers, less functions, keywords and label names. */
    static Set<String> metricsNamedIn(Path rules) throws IOException {
        Map<String, Object> document = new Yaml().load(Files.readString(rules));
        Set<String> metrics = new TreeSet<>();
        for (Object group : (List<?>) document.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                String expr = String.valueOf(((Map<?, ?>) rule).get("expr"))
                        .replaceAll("\"[^\"]*\"", "")
                        .replaceAll("\\{[^}]*}", "")
                        .replaceAll("\\[[^]]*]", "")
                        .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", "");
                Matcher m = IDENTIFIER.matcher(expr);
                while (m.find()) {
                    String word = m.group();
                    boolean function = expr.substring(m.end()).stripLeading().startsWith("(");
                    if (!function && !PROMQL_WORDS.contains(word)) {
                        metrics.add(word);
                    }
                }
            }
        }
        return metrics;
    }

    private void poisonOnTheExchange() throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.EXCHANGE_REFERRALS,
                            UUID.randomUUID().toString(),
                            "not a CloudEvent".getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
    }

    private String scrape() {
        ApiClient.Response metrics = api("barnet").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        return metrics.body();
    }

    private static String promtool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(RULES.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return process.waitFor() == 0 ? "" : output;
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .map(dir -> Path.of(dir, program))
                .anyMatch(Files::isExecutable);
    }

    private static Path repositoryRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("infra/prometheus"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "no infra/prometheus above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
