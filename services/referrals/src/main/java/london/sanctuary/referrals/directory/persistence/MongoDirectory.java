package london.sanctuary.referrals.directory.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.referrals.directory.Directory;
import london.sanctuary.referrals.directory.LocalService;
import org.springframework.data.annotation.Id;

/**
 * Each borough's {@code directory}: one document ({@code _id} = {@code directory}) holding every service, so an
 * import replaces the whole directory in one write and nobody reads half of one.
 */
public class MongoDirectory implements Directory {

    static final String COLLECTION = "directory";
    private static final String ID = "directory";
    private final BoroughStores stores;
    private final Clock clock;

    public MongoDirectory(BoroughStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public void replace(Borough borough, List<LocalService> services, String importedBy) {
        DirectoryDocument d = new DirectoryDocument();
        d.id = ID;
        d.importedAt = clock.instant();
        d.importedBy = importedBy;
        d.services = services.stream().map(ServiceDocument::of).toList();
        stores.of(borough).save(d, COLLECTION);
    }

    @Override
    public List<LocalService> services(Borough borough) {
        DirectoryDocument d = stores.of(borough).findById(ID, DirectoryDocument.class, COLLECTION);
        if (d == null || d.services == null) {
            return List.of();
        }
        return d.services.stream()
                .map(ServiceDocument::toService)
                .sorted(Comparator.comparing(LocalService::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public Optional<LastImport> lastImport(Borough borough) {
        DirectoryDocument d = stores.of(borough).findById(ID, DirectoryDocument.class, COLLECTION);
        if (d == null || d.services == null) {
            return Optional.empty();
        }
        return Optional.of(new LastImport(d.importedAt, d.importedBy, d.services.size()));
    }

    @Override
    public Optional<LocalService> find(Borough borough, String id) {
        return services(borough).stream().filter(s -> s.id().equals(id)).findFirst();
    }

    static class DirectoryDocument {
        @Id
        String id;

        Instant importedAt;
        String importedBy;
        List<ServiceDocument> services;
    }

    record ServiceDocument(
            String serviceId,
            String name,
            String organisation,
            String description,
            List<String> taxonomy,
            List<String> languages,
            String area,
            String url,
            String phone) {

        static ServiceDocument of(LocalService s) {
            return new ServiceDocument(
                    s.id(),
                    s.name(),
                    s.organisation(),
                    s.description(),
                    s.taxonomy(),
                    s.languages().stream().map(Language::tag).toList(),
                    s.area(),
                    s.url(),
                    s.phone());
        }

        LocalService toService() {
            return new LocalService(
                    serviceId,
                    name,
                    organisation,
                    description,
                    taxonomy,
                    languages == null
                            ? List.of()
                            : languages.stream().map(Language::of).toList(),
                    area,
                    url,
                    phone);
        }
    }
}
