package london.sanctuary.local.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReferralKeyPairsTests {

    private static final List<String> BOROUGHS = List.of("newham", "barnet", "lambeth");

    @Test
    void aFirstStartMakesADistinctPrivateKeyForEachBoroughReadableOnlyByItsOwner(@TempDir Path folder)
            throws Exception {
        // given an empty key folder; when the pairs are prepared
        Map<String, Object> properties =
                ReferralKeyPairs.prepare(folder, BOROUGHS).join();

        // then each borough has its own 2048-bit RSA private key, in the boroughs' order, and its public half
        assertThat(properties.keySet())
                .containsExactly(
                        "sanctuary.referrals.keys.newham.private-key",
                        "sanctuary.referrals.keys.barnet.private-key",
                        "sanctuary.referrals.keys.lambeth.private-key");
        assertThat(properties.values()).doesNotHaveDuplicates();
        for (Object key : properties.values()) {
            RSAPrivateCrtKey parsed = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode((String) key)));
            assertThat(parsed.getModulus().bitLength()).isEqualTo(2048);
        }
        for (String borough : BOROUGHS) {
            assertThat(folder.resolve(borough + ".public")).isNotEmptyFile();
            assertThat(PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(folder.resolve(borough + ".private"))))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void aRestartKeepsTheKeysItMadeAndMakesOnlyTheMissingBoroughs(@TempDir Path folder) throws Exception {
        // given the pairs of two boroughs made by a first start
        Map<String, Object> first =
                ReferralKeyPairs.prepare(folder, BOROUGHS.subList(0, 2)).join();

        // when the platform starts again with a third borough
        Map<String, Object> again = ReferralKeyPairs.prepare(folder, BOROUGHS).join();

        // then what was released for the first two can still be opened: their keys are the ones kept
        assertThat(again).containsAllEntriesOf(first).hasSize(3);
        assertThat(again.get("sanctuary.referrals.keys.lambeth.private-key")).isNotIn(first.values());
    }

    @Test
    void withoutAJvmOfTheirOwnThePlatformMakesThePairsItself(@TempDir Path folder) throws Exception {
        // when no JVM can be started to make them
        Map<String, Object> properties = ReferralKeyPairs.prepare(
                        folder,
                        BOROUGHS.subList(0, 1),
                        folder.resolve("no-such-java").toString())
                .join();

        // then the pair is made all the same, and nothing is left half written
        assertThat(properties).containsOnlyKeys("sanctuary.referrals.keys.newham.private-key");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("newham.private", "newham.public");
        }
    }

    @Test
    void aJvmOfTheirOwnMakesThePairs(@TempDir Path folder) {
        // when the missing pairs are handed to a JVM of their own
        boolean made = ReferralKeyPairs.madeInAJvmOfTheirOwn(
                folder, List.of("newham", "barnet"), ReferralKeyPairs.javaCommand());

        // then it made both, so the platform makes none itself
        assertThat(made).isTrue();
        assertThat(folder.resolve("newham.private")).isNotEmptyFile();
        assertThat(folder.resolve("barnet.private")).isNotEmptyFile();
    }
}
