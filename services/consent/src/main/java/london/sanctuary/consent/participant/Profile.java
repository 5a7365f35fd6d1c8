package london.sanctuary.consent.participant;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Who the participant is and how to reach them: the personal data, only ever held in memory decrypted. Its
 * {@code toString} hides every value so that it can never reach a log line by accident.
 */
public record Profile(String name, String phone, String email, List<Language> preferredLanguages, String accessNeeds) {

    /** The most languages a profile lists. */
    public static final int MAX_LANGUAGES = 20;

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ()-]{5,23}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    public Profile {
        name = text("name", name, 200);
        if (name == null) {
            throw new InvalidValue("name", "is required");
        }
        phone = matching("phone", text("phone", phone, 30), PHONE);
        email = matching("email", text("email", email, 254), EMAIL);
        if (preferredLanguages == null
                || preferredLanguages.isEmpty()
                || preferredLanguages.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidValue("preferredLanguages", "name at least one language");
        }
        if (preferredLanguages.size() > MAX_LANGUAGES) {
            throw new InvalidValue("preferredLanguages", "name at most " + MAX_LANGUAGES + " languages");
        }
        preferredLanguages = List.copyOf(preferredLanguages);
        accessNeeds = text("accessNeeds", accessNeeds, 500);
    }

    /** From the tags a client sent; a tag that is not BCP 47 is rejected naming {@code preferredLanguages}. */
    public static Profile of(String name, String phone, String email, List<String> tags, String accessNeeds) {
        List<Language> languages = new ArrayList<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            languages.add(language(tag));
        }
        return new Profile(name, phone, email, languages, accessNeeds);
    }

    private static Language language(String tag) {
        try {
            return Language.of(tag);
        } catch (IllegalArgumentException e) {
            throw new InvalidValue("preferredLanguages", "must be BCP 47 language tags, such as ar or fa-AF");
        }
    }

    private static String text(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > maxLength) {
            throw new InvalidValue(field, "must be at most " + maxLength + " characters");
        }
        return value.strip();
    }

    private static String matching(String field, String value, Pattern pattern) {
        if (value != null && !pattern.matcher(value).matches()) {
            throw new InvalidValue(field, "is not in a recognised format");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Profile[personal data hidden]";
    }
}
