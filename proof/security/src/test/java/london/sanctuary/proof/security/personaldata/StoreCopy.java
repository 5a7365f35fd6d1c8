package london.sanctuary.proof.security.personaldata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.bson.Document;

/**
 * What an attacker keeps of the store: a backup of the key collections' documents (each wrapped key with what it is
 * bound to), or a copy of the store's files, from which any 80 characters within a run of 80 to 96 base64 characters
 * (a wrapped AES-256 key: IV, key, tag, and whatever length byte or name touches it) are a candidate wrapped key.
 */
final class StoreCopy {

    /** A wrapped key is 80 base64 characters; a length byte or a field name may touch it, up to 96 in all. */
    private static final int WRAPPED = 80;

    private static final int LONGEST = 96;
    private final List<Key> keys;
    private final Set<String> candidates;

    private StoreCopy(List<Key> keys, Set<String> candidates) {
        this.keys = keys;
        this.candidates = candidates;
    }

    /**
     * A wrapped key as a backup holds it: which collection, whose (participantRef), the associated data it is bound
     * to, and the wrapped bytes in base64.
     */
    record Key(String collection, String owner, String boundTo, String wrapped) {}

    static StoreCopy ofDocuments(StoredDocuments store) {
        List<Key> keys = new ArrayList<>();
        store.find("consent_", "participant_keys", new Document())
                .values()
                .forEach(d -> keys.add(new Key(
                        "participant_keys",
                        d.getString("_id"),
                        "data-key:" + d.getString("_id"),
                        d.getString("wrappedKey"))));
        store.find("referrals_", "referral_keys", new Document())
                .values()
                .forEach(d -> keys.add(new Key(
                        "referral_keys", d.getString("participantRef"), d.getString("_id"), d.getString("wrapped"))));
        Set<String> candidates = new LinkedHashSet<>();
        keys.forEach(key -> candidates.add(key.wrapped()));
        return new StoreCopy(List.copyOf(keys), candidates);
    }

    static StoreCopy ofFiles(Path folder) throws IOException {
        Set<String> candidates = new LinkedHashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (String run : runs(bytes)) {
                    for (int start = 0; start + WRAPPED <= run.length(); start++) {
                        candidates.add(run.substring(start, start + WRAPPED));
                    }
                }
            }
        }
        return new StoreCopy(List.of(), candidates);
    }

    /**
     * The runs of 80 to 96 base64 characters, as {@code [A-Za-z0-9+/]{80,96}} would find them one after another (a
     * longer run in pieces of 96), by one pass over the bytes: the regular expression took a minute of CPU on the
     * store's files.
     */
    static List<String> runs(byte[] bytes) {
        List<String> runs = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= bytes.length; i++) {
            if (i < bytes.length && isBase64(bytes[i])) {
                start = start < 0 ? i : start;
                continue;
            }
            for (int from = start; start >= 0 && i - from >= WRAPPED; from += LONGEST) {
                runs.add(new String(bytes, from, Math.min(LONGEST, i - from), StandardCharsets.ISO_8859_1));
            }
            start = -1;
        }
        return runs;
    }

    private static boolean isBase64(byte b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '+' || b == '/';
    }

    List<Key> keysOf(Set<String> owners) {
        return keys.stream().filter(key -> owners.contains(key.owner())).toList();
    }

    Set<String> candidates() {
        return candidates;
    }
}
