package london.sanctuary.referrals.directory;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;

/** A borough's directory of local services: the port its store implements. */
public interface Directory {

    /** Replaces the borough's whole directory with {@code services} (an import). */
    void replace(Borough borough, List<LocalService> services);

    /** The borough's services, by name. */
    List<LocalService> services(Borough borough);

    Optional<LocalService> find(Borough borough, String id);

    default boolean isEmpty(Borough borough) {
        return services(borough).isEmpty();
    }
}
