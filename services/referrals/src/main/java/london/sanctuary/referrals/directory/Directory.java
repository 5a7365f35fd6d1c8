package london.sanctuary.referrals.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;

/** A borough's directory of local services: the port its store implements. */
public interface Directory {

    /**
     * Replaces the borough's whole directory with {@code services} (an import), noting when and by which role
     * ({@code importedBy}: a role's name, or {@code demo}): never by whom.
     */
    void replace(Borough borough, List<LocalService> services, String importedBy);

    /** When the borough's directory was last replaced, by which role, and how many services it holds. */
    Optional<LastImport> lastImport(Borough borough);

    /** The borough's services, by name. */
    List<LocalService> services(Borough borough);

    Optional<LocalService> find(Borough borough, String id);

    default boolean isEmpty(Borough borough) {
        return services(borough).isEmpty();
    }

    /** The last import: when, by which role ({@code service-lead}, {@code demo}), how many services. */
    record LastImport(Instant at, String by, int services) {}
}
