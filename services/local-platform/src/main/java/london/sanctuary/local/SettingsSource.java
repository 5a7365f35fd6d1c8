package london.sanctuary.local;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks a setting up by its dotted key, first in {@code --key=value} arguments, then in Java system
 * properties, then in the environment ({@code sanctuary.local.ports.consent} is read from {@code
 * SANCTUARY_LOCAL_PORTS_CONSENT}).
 */
public final class SettingsSource {

    private final Map<String, String> arguments = new HashMap<>();
    private final Map<String, String> systemProperties;
    private final Map<String, String> environment;

    public SettingsSource(String[] args, Map<String, String> systemProperties, Map<String, String> environment) {
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                int equals = arg.indexOf('=');
                arguments.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        this.systemProperties = Map.copyOf(systemProperties);
        this.environment = Map.copyOf(environment);
    }

    /** Reads the arguments given, this JVM's system properties and its environment. */
    public static SettingsSource of(String[] args) {
        Map<String, String> system = new HashMap<>();
        System.getProperties().forEach((key, value) -> system.put(key.toString(), value.toString()));
        return new SettingsSource(args, system, System.getenv());
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(arguments.get(key))
                .or(() -> Optional.ofNullable(systemProperties.get(key)))
                .or(() -> Optional.ofNullable(environment.get(environmentName(key))))
                .map(String::trim)
                .filter(value -> !value.isEmpty());
    }

    static String environmentName(String key) {
        return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }
}
