package london.sanctuary.referrals.directory;

import java.util.Comparator;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.SupportKind;

/**
 * The services of the receiving borough's directory that can take on a support need: those whose taxonomy offers the
 * kind, the ones offered in one of the person's languages first (in the order of the person's preference), then by
 * name.
 */
public final class Matching {

    private final Directory directory;

    public Matching(Directory directory) {
        this.directory = directory;
    }

    public List<Match> forSupport(Borough borough, SupportKind kind, List<Language> languages) {
        return directory.services(borough).stream()
                .filter(s -> SupportTaxonomy.offers(s, kind))
                .map(s -> new Match(s, rank(s, languages) < languages.size()))
                .sorted(Comparator.comparingInt((Match m) -> rank(m.service(), languages))
                        .thenComparing(m -> m.service().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The position of the person's first language the service is offered in; the list's size when none. */
    private static int rank(LocalService service, List<Language> languages) {
        for (int i = 0; i < languages.size(); i++) {
            if (service.offeredIn(languages.get(i))) {
                return i;
            }
        }
        return languages.size();
    }

    /** A service that offers the support; {@code inTheirLanguage} when it is offered in one of the person's. */
    public record Match(LocalService service, boolean inTheirLanguage) {}
}
