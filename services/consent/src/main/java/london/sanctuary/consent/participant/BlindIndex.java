package london.sanctuary.consent.participant;

import java.util.List;

/**
 * What finds a participant without decrypting anyone: keyed hashes (HMAC-SHA256 under the borough's search key)
 * of each normalised word of their name and of their phone's digits, stored beside the encrypted profile and
 * removed with it on erasure. Without the key a hash tells nothing; with it, only whether a guess is right.
 *
 * @param names one hash per distinct word of the name
 * @param phone the hash of the phone's digits, null without a phone
 */
public record BlindIndex(List<String> names, String phone) {

    public BlindIndex {
        if (names == null || names.isEmpty()) {
            throw new IllegalArgumentException("a blind index has a hash for each word of the name");
        }
        names = List.copyOf(names);
    }

    @Override
    public String toString() {
        return "BlindIndex[" + names.size() + " words" + (phone == null ? "" : ", a phone") + "]";
    }
}
