package london.sanctuary.consent.participant;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import london.sanctuary.contracts.Borough;

/**
 * Each borough's secret for the blind index, and the one way names and phones are normalised before they are
 * hashed, for both indexing and searching: a name is cut into words, lower-cased with accents and marks folded
 * ("Hélène  Nasser-Ali" → hélène → helene, nasser, ali); a phone is its digits, a UK number written
 * internationally (+44, 0044) the same as written at home (0…).
 */
public final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern PHONE_LIKE = Pattern.compile("^[0-9 +()\\-]+$");
    private static final int MIN_KEY_BYTES = 32;
    private final Map<Borough, byte[]> keys;

    /** {@code keys}: at least 32 bytes each. */
    public SearchKeys(Map<Borough, byte[]> keys) {
        keys.forEach((borough, key) -> {
            if (key.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("The search key of " + borough.code() + " is shorter than 32 bytes");
            }
        });
        this.keys = Map.copyOf(keys);
    }

    /** The index of a profile. */
    public BlindIndex index(Borough borough, Profile profile) {
        List<String> names = words(profile.name()).stream()
                .map(word -> hash(borough, "name", word))
                .toList();
        String digits = digits(profile.phone());
        return new BlindIndex(names, digits == null ? null : hash(borough, "phone", digits));
    }

    /** The hashes of the words of what someone typed to find a name; empty when it has no word. */
    public List<String> nameHashes(Borough borough, String typed) {
        return words(typed).stream().map(word -> hash(borough, "name", word)).toList();
    }

    /** The hash of a typed phone number, or null when what was typed does not look like one (six digits or more). */
    public String phoneHash(Borough borough, String typed) {
        if (typed == null || !PHONE_LIKE.matcher(typed.strip()).matches()) {
            return null;
        }
        String digits = digits(typed);
        return digits == null || digits.length() < 6 ? null : hash(borough, "phone", digits);
    }

    static Set<String> words(String text) {
        if (text == null) {
            return Set.of();
        }
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
        Set<String> words = new LinkedHashSet<>();
        for (String word : NOT_A_WORD.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    static String digits(String phone) {
        if (phone == null) {
            return null;
        }
        String digits = phone.replaceAll("[^0-9]", "");
        if (digits.startsWith("00")) {
            digits = digits.substring(2);
        }
        if (digits.startsWith("44") && digits.length() == 12) {
            digits = "0" + digits.substring(2);
        }
        return digits.isEmpty() ? null : digits;
    }

    private String hash(Borough borough, String kind, String value) {
        byte[] key = keys.get(borough);
        if (key == null) {
            throw new IllegalStateException("No search key for " + borough.code());
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] tag = mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(tag);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
