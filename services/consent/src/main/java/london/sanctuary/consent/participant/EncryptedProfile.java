package london.sanctuary.consent.participant;

/**
 * The profile as stored: each field AES-GCM encrypted under the participant's data key and bound to the
 * participant and field, base64 of {@code iv ‖ ciphertext ‖ tag}. Absent optional fields stay null.
 */
public record EncryptedProfile(String name, String phone, String email, String preferredLanguages, String accessNeeds) {

    public EncryptedProfile {
        if (name == null || preferredLanguages == null) {
            throw new IllegalArgumentException("an encrypted profile always has a name and languages");
        }
    }
}
