package london.sanctuary.referrals.directory;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;

/** A directory kept in memory, for domain tests. */
public final class InMemoryDirectory implements Directory {

    private final Map<Borough, List<LocalService>> services = new HashMap<>();
    private final Map<Borough, LastImport> imports = new HashMap<>();

    @Override
    public void replace(Borough borough, List<LocalService> imported, String importedBy) {
        services.put(borough, List.copyOf(imported));
        imports.put(borough, new LastImport(java.time.Instant.now(), importedBy, imported.size()));
    }

    @Override
    public Optional<LastImport> lastImport(Borough borough) {
        return Optional.ofNullable(imports.get(borough));
    }

    @Override
    public List<LocalService> services(Borough borough) {
        return services.getOrDefault(borough, List.of()).stream()
                .sorted(Comparator.comparing(LocalService::name))
                .toList();
    }

    @Override
    public Optional<LocalService> find(Borough borough, String id) {
        return services(borough).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A service of the kinds' {@code terms}, offered in {@code languages} (tags). */
    public static LocalService service(String id, String name, List<String> terms, String... languages) {
        return new LocalService(
                id,
                name,
                "Org",
                null,
                terms,
                java.util.Arrays.stream(languages).map(Language::of).toList(),
                "Barnet",
                null,
                null);
    }
}
