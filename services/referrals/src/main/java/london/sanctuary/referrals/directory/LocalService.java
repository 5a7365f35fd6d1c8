package london.sanctuary.referrals.directory;

import java.util.List;
import java.util.Locale;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * One service of a borough's directory, as much of an ORUK service as matching and showing need: its id and name,
 * the organisation that runs it, what it does, its taxonomy terms, the languages it is offered in, where, and how to
 * reach the service (its web page and phone: never a person's). Not personal data.
 *
 * @param area the service area or the address of its first location; nullable
 * @param url nullable
 * @param phone the service's own number; nullable
 */
public record LocalService(
        String id,
        String name,
        String organisation,
        String description,
        List<String> taxonomy,
        List<Language> languages,
        String area,
        String url,
        String phone) {

    public LocalService {
        id = required("id", id, 200);
        name = required("name", name, 200);
        organisation = optional("organization.name", organisation, 200);
        description = optional("description", description, 2000);
        area = optional("area", area, 300);
        url = optional("url", url, 500);
        phone = optional("phone", phone, 50);
        taxonomy = taxonomy == null ? List.of() : List.copyOf(taxonomy);
        languages = languages == null ? List.of() : List.copyOf(languages);
    }

    /** Whether the service is offered in {@code language}: by its whole tag or its primary language. */
    public boolean offeredIn(Language language) {
        String primary = Locale.forLanguageTag(language.tag()).getLanguage();
        return languages.stream()
                .anyMatch(l -> l.equals(language)
                        || Locale.forLanguageTag(l.tag()).getLanguage().equals(primary));
    }

    private static String required(String field, String value, int max) {
        String v = optional(field, value, max);
        if (v == null) {
            throw new InvalidValue(field, "is required");
        }
        return v;
    }

    private static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new InvalidValue(field, "must be " + max + " characters or fewer");
        }
        return v;
    }
}
