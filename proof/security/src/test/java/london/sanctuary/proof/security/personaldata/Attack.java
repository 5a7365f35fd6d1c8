package london.sanctuary.proof.security.personaldata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The attacker with copies of the store and the keyrings' folders as they are now: for each target key, every
 * candidate wrapped key from every copy, unwrapped (AES-GCM, bound to what the key was bound to) under every epoch
 * key file in the service's keyring. Reads the key files itself, as anyone holding the folder could.
 */
final class Attack {

    private final List<StoreCopy.Key> targets;
    private final Set<String> candidates = new LinkedHashSet<>();
    private final List<SecretKey> consentEpochs;
    private final List<SecretKey> referralsEpochs;
    private long attempts;

    Attack(Path keyrings, List<StoreCopy.Key> targets, StoreCopy... copies) {
        this.targets = targets;
        for (StoreCopy copy : copies) {
            candidates.addAll(copy.candidates());
        }
        this.consentEpochs = epochKeys(keyrings.resolve("consent"));
        this.referralsEpochs = epochKeys(keyrings.resolve("referrals"));
    }

    /** How many of the targets open from some copy under some epoch. */
    long opened() {
        return targets.stream().filter(target -> opens(target, true)).count();
    }

    /** How many open from the copies' candidates alone, as from the store's files without knowing which is whose. */
    long openedFromCandidates() {
        return targets.stream().filter(target -> opens(target, false)).count();
    }

    long attempts() {
        return attempts;
    }

    private boolean opens(StoreCopy.Key target, boolean withItsOwnBackup) {
        List<SecretKey> epochs = target.collection().equals("participant_keys") ? consentEpochs : referralsEpochs;
        byte[] boundTo = target.boundTo().getBytes(StandardCharsets.UTF_8);
        List<String> tried = new ArrayList<>();
        if (withItsOwnBackup) {
            tried.add(target.wrapped());
        }
        tried.addAll(candidates);
        for (String candidate : tried) {
            byte[] wrapped = Base64.getDecoder().decode(candidate);
            for (SecretKey epoch : epochs) {
                attempts++;
                if (unwraps(epoch, wrapped, boundTo)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean unwraps(SecretKey epoch, byte[] wrapped, byte[] boundTo) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, epoch, new GCMParameterSpec(128, wrapped, 0, 12));
            cipher.updateAAD(boundTo);
            return cipher.doFinal(wrapped, 12, wrapped.length - 12).length == 32;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static List<SecretKey> epochKeys(Path folder) {
        List<SecretKey> keys = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".key")).toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("key="))
                        .map(line ->
                                Base64.getDecoder().decode(line.substring(4).strip()))
                        .forEach(raw -> keys.add(new SecretKeySpec(raw, "AES")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return keys;
    }
}
