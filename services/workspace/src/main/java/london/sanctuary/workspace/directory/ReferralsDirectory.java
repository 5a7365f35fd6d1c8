package london.sanctuary.workspace.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import london.sanctuary.workspace.services.ServiceClients;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** {@link LocalDirectory} over the referrals service's directory API, with the signed-in person's token. */
@Component
class ReferralsDirectory implements LocalDirectory {

    private static final String DIRECTORY = "/api/boroughs/{borough}/directory";
    private final Supplier<RestClient> referrals;

    @Autowired
    ReferralsDirectory(ServiceClients clients) {
        this(() -> clients.of("referrals"));
    }

    /** Over any client of the referrals service (tests: one bound to a mock server or the real service). */
    ReferralsDirectory(Supplier<RestClient> referrals) {
        this.referrals = referrals;
    }

    @Override
    public List<DirectoryService> services(String borough) {
        DirectoryService[] services =
                referrals.get().get().uri(DIRECTORY, borough).retrieve().body(DirectoryService[].class);
        return services == null ? List.of() : Arrays.asList(services);
    }

    @Override
    public Optional<LastDirectoryImport> lastImport(String borough) {
        try {
            return Optional.ofNullable(referrals
                    .get()
                    .get()
                    .uri(DIRECTORY + "/import", borough)
                    .retrieve()
                    .body(LastDirectoryImport.class));
        } catch (ServiceRefusal refusal) {
            if (refusal.status() == 404) {
                return Optional.empty();
            }
            throw refusal;
        }
    }

    @Override
    public ImportPreview preview(String borough, byte[] export) {
        return referrals
                .get()
                .post()
                .uri(DIRECTORY + "/preview", borough)
                .contentType(MediaType.APPLICATION_JSON)
                .body(export)
                .retrieve()
                .body(ImportPreview.class);
    }

    @Override
    public int importExport(String borough, byte[] export) {
        Imported imported = referrals
                .get()
                .put()
                .uri(DIRECTORY, borough)
                .contentType(MediaType.APPLICATION_JSON)
                .body(export)
                .retrieve()
                .body(Imported.class);
        return imported == null ? 0 : imported.services();
    }

    private record Imported(int services) {}
}
