package london.sanctuary.workspace.directory;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The referrals service's directory as the pages see it, in memory: Newham's demo directory of one service, and an
 * export that previews as fourteen services (one more left out as not active, three contacts). A refusal set in
 * {@link #refusal} is what the next preview or import answers, as the service would.
 */
public class FakeDirectory implements LocalDirectory {

    /** The fake as the workspace's directory port: {@code @Import(FakeDirectory.Port.class)}. */
    @TestConfiguration
    public static class Port {
        @Bean
        @Primary
        FakeDirectory fakeDirectory() {
            return new FakeDirectory();
        }
    }

    static final DirectoryService ESOL = new DirectoryService(
            "newham-esol",
            "Newham College ESOL",
            "Newham College",
            List.of("ESOL", "SOCIAL_CONNECTION"),
            List.of(new Offered("fa", "Farsi", "فارسی")),
            "Stratford, E15 1EA");

    final List<String> calls = new ArrayList<>();
    List<DirectoryService> services = List.of(ESOL);
    LastDirectoryImport last = new LastDirectoryImport(Instant.parse("2026-11-02T09:30:00Z"), "demo", 1);
    ServiceRefusal refusal;

    void reset() {
        calls.clear();
        services = List.of(ESOL);
        last = new LastDirectoryImport(Instant.parse("2026-11-02T09:30:00Z"), "demo", 1);
        refusal = null;
    }

    @Override
    public List<DirectoryService> services(String borough) {
        return services;
    }

    @Override
    public Optional<LastDirectoryImport> lastImport(String borough) {
        return Optional.ofNullable(last);
    }

    @Override
    public ImportPreview preview(String borough, byte[] export) {
        calls.add("preview " + borough + " " + new String(export, StandardCharsets.UTF_8));
        refuseIfSet();
        return new ImportPreview(fourteen(), 1, 3);
    }

    @Override
    public int importExport(String borough, byte[] export) {
        calls.add("import " + borough + " " + new String(export, StandardCharsets.UTF_8));
        refuseIfSet();
        services = fourteen();
        last = new LastDirectoryImport(Instant.now(), "service-lead", services.size());
        return services.size();
    }

    private void refuseIfSet() {
        if (refusal != null) {
            throw refusal;
        }
    }

    static List<DirectoryService> fourteen() {
        List<DirectoryService> list = new ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            list.add(new DirectoryService(
                    "s" + i, "Imported service " + i, "Org " + i, List.of("LEGAL_ADVICE"), List.of(), null));
        }
        return list;
    }
}
