package london.sanctuary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.Topics;
import london.sanctuary.platform.PlatformDefaults;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.FileSystemResource;

/**
 * What one service of one deployment needs of Kafka, read from the code the way the service itself reads it: its
 * {@code <service>.yml}, then {@link PlatformDefaults} (topic names from {@link Topics}, the consumer group rule),
 * under the deployment's environment variables. Reads come from the bindings named in
 * {@code spring.cloud.function.definition}; writes from the {@link EventType}s the service publishes, the GLA facts
 * when its code builds any, and the dead letters of what it reads.
 */
public record KafkaNeeds(String service, SortedSet<String> reads, SortedSet<String> writes, SortedSet<String> groups) {

    private static final Pattern CONSTRUCTS_A_FACT = Pattern.compile("new [A-Z][A-Za-z]*Fact\\(");

    /** The needs of {@code service} deployed with {@code env} (e.g. SANCTUARY_DEPLOYMENT, SANCTUARY_BOROUGHS). */
    public static KafkaNeeds of(Path repository, String service, Map<String, String> env) {
        ConfigurableEnvironment spring = environment(repository, service, env);
        SortedSet<String> reads = new TreeSet<>();
        SortedSet<String> groups = new TreeSet<>();
        for (String function : list(spring.getProperty("spring.cloud.function.definition", ""), ";")) {
            String binding = "spring.cloud.stream.bindings." + function + "-in-0.";
            reads.addAll(list(spring.getProperty(binding + "destination", function + "-in-0"), ","));
            groups.add(spring.getProperty(binding + "group", spring.getProperty("spring.cloud.stream.default.group")));
        }
        SortedSet<String> writes = new TreeSet<>();
        reads.forEach(topic -> writes.add(Topics.deadLetter(topic)));
        for (String borough : list(spring.getProperty("sanctuary.boroughs", ""), ",")) {
            Arrays.stream(EventType.values())
                    .filter(type -> type.service().equals(service))
                    .forEach(type -> writes.add(type.topic(borough)));
        }
        if (publishesFacts(repository, service)) {
            writes.add(Topics.GLA_FACTS);
        }
        return new KafkaNeeds(service, reads, writes, groups);
    }

    /** True when the service reads or writes Kafka at all (the workspace does not). */
    public boolean usesKafka() {
        return !reads.isEmpty() || !writes.isEmpty();
    }

    static ConfigurableEnvironment environment(Path repository, String service, Map<String, String> env) {
        StandardEnvironment spring = new StandardEnvironment();
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        spring.getPropertySources().addFirst(new SystemEnvironmentPropertySource("deployment", Map.copyOf(env)));
        Path yml = repository.resolve("services/" + service + "/src/main/resources/" + service + ".yml");
        try {
            new YamlPropertySourceLoader()
                    .load(service, new FileSystemResource(yml))
                    .forEach(spring.getPropertySources()::addLast);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        new PlatformDefaults().postProcessEnvironment(spring, null);
        return spring;
    }

    private static boolean publishesFacts(Path repository, String service) {
        try (Stream<Path> files = Files.walk(repository.resolve("services/" + service + "/src/main/java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).anyMatch(KafkaNeeds::constructsAFact);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean constructsAFact(Path file) {
        try {
            return CONSTRUCTS_A_FACT.matcher(Files.readString(file)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.List<String> list(String value, String separator) {
        return Arrays.stream(value.split(separator))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
