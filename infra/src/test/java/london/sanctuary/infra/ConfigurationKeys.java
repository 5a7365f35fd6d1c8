package london.sanctuary.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;

/**
 * The configuration a service reads, to check a deployment's variables against: the keys and placeholders of its
 * YAML and of the platform's defaults, the {@code sanctuary.*} keys its code reads by name, its {@code @Value}s and its {@code @ConfigurationProperties} records. A variable is compared the
 * way Spring's relaxed binding reads it ({@code SANCTUARY_REFERRALS_CONSENT_URL} is {@code consent-url}).
 */
final class ConfigurationKeys {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^:}]+)");
    private static final Pattern PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\((?:prefix *= *)?\"([^\"]+)\"");
    private static final Pattern VALUE = Pattern.compile("@Value\\(\"\\$\\{([^:}]+)");
    private static final Pattern GET_PROPERTY = Pattern.compile("getProperty\\(\"(sanctuary\\.[a-z0-9.-]+)\"");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]{3,}");

    private final Set<String> keys = new HashSet<>();
    private final Map<String, Set<String>> recordWords = new java.util.HashMap<>();

    private ConfigurationKeys() {}

    static ConfigurationKeys of(Path repository, String service) {
        ConfigurationKeys known = new ConfigurationKeys();
        ConfigurableEnvironment env = KafkaNeeds.environment(repository, service, Map.of());
        for (var source : env.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    known.keys.add(flat(name));
                    Matcher placeholders = PLACEHOLDER.matcher(String.valueOf(enumerable.getProperty(name)));
                    while (placeholders.find()) {
                        known.keys.add(flat(placeholders.group(1)));
                    }
                }
            }
        }
        known.readRecords(repository.resolve("services/" + service + "/src/main/java"));
        known.readRecords(repository.resolve("services/platform"));
        return known;
    }

    /** True when the service reads the variable: a key, a placeholder, or a component of a properties record. */
    boolean reads(String variable) {
        String flat = flat(variable);
        if (keys.contains(flat)) {
            return true;
        }
        return recordWords.entrySet().stream()
                .filter(prefix -> flat.startsWith(prefix.getKey()))
                .anyMatch(prefix -> prefix.getValue().stream()
                        .anyMatch(
                                word -> flat.substring(prefix.getKey().length()).startsWith(word)));
    }

    private void readRecords(Path sources) {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                VALUE.matcher(text).results().forEach(v -> keys.add(flat(v.group(1))));
                GET_PROPERTY.matcher(text).results().forEach(v -> keys.add(flat(v.group(1))));
                Matcher prefix = PROPERTIES.matcher(text);
                while (prefix.find()) {
                    Set<String> words = recordWords.computeIfAbsent(flat(prefix.group(1)), p -> new HashSet<>());
                    WORD.matcher(text)
                            .results()
                            .forEach(w -> words.add(w.group().toLowerCase(Locale.ROOT)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A key or variable without its separators, lower case: how relaxed binding compares names. */
    private static String flat(String name) {
        return name.replaceAll("[-_.\\[\\]]", "").toLowerCase(Locale.ROOT);
    }
}
