package london.sanctuary.referrals.incoming;

import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.referrals.directory.Matching;
import london.sanctuary.referrals.referral.Pickup;

/**
 * Handing a support item over to an equivalent local service: the receiving borough's directory services that offer
 * the item's kind, those in one of the person's languages first; the team chooses one, and names another service
 * only where the directory has none for the kind.
 */
public final class Handover {

    private final Matching matching;

    public Handover(Matching matching) {
        this.matching = matching;
    }

    public List<Matching.Match> offers(Borough to, SupportKind kind, List<Language> languages) {
        return matching.forSupport(to, kind, languages);
    }

    /**
     * The pickup the team chose: {@code localService}, the id of a directory service that offers {@code kind}; or
     * {@code otherService}, a name, when none does. Refused naming the field otherwise.
     */
    public Pickup choose(Borough to, SupportKind kind, String localService, String otherService) {
        List<Matching.Match> offering = matching.forSupport(to, kind, List.of());
        if (localService != null && !localService.isBlank()) {
            String id = localService.strip();
            return offering.stream()
                    .map(Matching.Match::service)
                    .filter(s -> s.id().equals(id))
                    .findFirst()
                    .map(s -> Pickup.fromDirectory(
                            kind, s.id(), s.name(), new Pickup.Contact(s.organisation(), s.url(), s.phone())))
                    .orElseThrow(() -> new InvalidValue(
                            "localService", "must be a service of this borough's directory that offers " + kind));
        }
        boolean named = otherService != null && !otherService.isBlank();
        if (offering.isEmpty()) {
            return Pickup.another(kind, named ? otherService : null);
        }
        if (named) {
            throw new InvalidValue(
                    "otherService",
                    "is only for support the directory has no service for: choose one of its " + offering.size()
                            + " services that offer " + kind);
        }
        throw new InvalidValue("localService", "is required: the directory service that takes this support on");
    }

    /** The person's preferred languages, in their order; a tag that is not well formed is passed over. */
    public static List<Language> languagesOf(ReferralPackage content) {
        List<Language> languages = new ArrayList<>();
        if (content != null && content.profile() != null) {
            for (String tag : content.profile().preferredLanguages()) {
                try {
                    languages.add(Language.of(tag));
                } catch (IllegalArgumentException notATag) {
                    // the package was validated; a tag Java reads otherwise is simply not matched
                }
            }
        }
        return languages;
    }
}
