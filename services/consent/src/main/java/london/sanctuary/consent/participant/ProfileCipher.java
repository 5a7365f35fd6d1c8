package london.sanctuary.consent.participant;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.DataKey;

/** Seals a profile field by field under the participant's data key, each bound to the participant and field. */
public final class ProfileCipher {

    private ProfileCipher() {}

    public static EncryptedProfile seal(Profile profile, DataKey key, ParticipantRef ref) {
        String languages =
                profile.preferredLanguages().stream().map(Language::tag).collect(Collectors.joining(","));
        return new EncryptedProfile(
                seal(profile.name(), key, ref, "name"),
                seal(profile.phone(), key, ref, "phone"),
                seal(profile.email(), key, ref, "email"),
                seal(languages, key, ref, "preferredLanguages"),
                seal(profile.accessNeeds(), key, ref, "accessNeeds"));
    }

    /** Opens a sealed profile; {@link london.sanctuary.platform.crypto.Undecryptable} with any other key. */
    public static Profile open(EncryptedProfile sealed, DataKey key, ParticipantRef ref) {
        List<Language> languages = Arrays.stream(open(sealed.preferredLanguages(), key, ref, "preferredLanguages")
                        .split(","))
                .map(Language::of)
                .toList();
        return new Profile(
                open(sealed.name(), key, ref, "name"),
                open(sealed.phone(), key, ref, "phone"),
                open(sealed.email(), key, ref, "email"),
                languages,
                open(sealed.accessNeeds(), key, ref, "accessNeeds"));
    }

    /**
     * Seals one text under the participant's data key, bound to the participant and {@code field} (e.g. a
     * safeguarding concern's summary), so that erasing the participant shreds it too; null stays null.
     */
    public static String seal(String value, DataKey key, ParticipantRef ref, String field) {
        if (value == null) {
            return null;
        }
        byte[] sealed = key.encrypt(value.getBytes(StandardCharsets.UTF_8), boundTo(ref, field));
        return Base64.getEncoder().encodeToString(sealed);
    }

    /** Opens a text {@link #seal(String, DataKey, ParticipantRef, String) sealed} under the same field. */
    public static String open(String sealed, DataKey key, ParticipantRef ref, String field) {
        if (sealed == null) {
            return null;
        }
        byte[] plain = key.decrypt(Base64.getDecoder().decode(sealed), boundTo(ref, field));
        return new String(plain, StandardCharsets.UTF_8);
    }

    private static byte[] boundTo(ParticipantRef ref, String field) {
        return ("participant:" + ref + ":" + field).getBytes(StandardCharsets.UTF_8);
    }
}
