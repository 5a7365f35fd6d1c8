package london.sanctuary.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FileKeyringTests {

    static final byte[] BOUND_TO = "data-key:p1".getBytes();

    @Test
    void aKeyWrappedUnderAnEpochUnwrapsOnlyUnderItAndForItsOwner() {
        // given
        FileKeyring keyring = Keyrings.fileKeyring();
        Epoch one = keyring.create();
        Epoch two = keyring.create();
        byte[] key = DataKey.generate().raw();

        // when
        byte[] wrapped = keyring.wrap(one.kid(), key, BOUND_TO);

        // then
        assertThat(keyring.unwrap(one.kid(), wrapped, BOUND_TO)).isEqualTo(key);
        assertThatThrownBy(() -> keyring.unwrap(two.kid(), wrapped, BOUND_TO)).isInstanceOf(Undecryptable.class);
        assertThatThrownBy(() -> keyring.unwrap(one.kid(), wrapped, "data-key:p2".getBytes()))
                .isInstanceOf(Undecryptable.class);
        assertThat(keyring.epochs()).containsExactly(one, two);
        assertThat(keyring.current()).isEqualTo(two);
    }

    @Test
    void aDestroyedEpochLeavesNoFileAndUnwrapsNothingAnyMore() throws Exception {
        // given
        FileKeyring keyring = Keyrings.fileKeyring();
        Epoch epoch = keyring.create();
        byte[] wrapped = keyring.wrap(epoch.kid(), DataKey.generate().raw(), BOUND_TO);

        // when
        keyring.destroy(epoch.kid());

        // then
        assertThat(keyring.epochs()).isEmpty();
        assertThat(Files.exists(keyring.folder().resolve(epoch.kid() + ".key"))).isFalse();
        assertThat(Files.exists(keyring.folder().resolve(epoch.kid() + ".destroyed")))
                .isTrue();
        assertThatThrownBy(() -> keyring.unwrap(epoch.kid(), wrapped, BOUND_TO)).isInstanceOf(Undecryptable.class);
        assertThat(keyring.adoptOnce(epoch.kid(), new byte[32])).isFalse();
    }

    @Test
    void twoInstancesDestroyingTheSameEpochAtOnceBothFinishAndLeaveNoFile() throws Exception {
        // given two instances sharing one keyring folder, and epochs each of them will destroy
        FileKeyring one = Keyrings.fileKeyring();
        FileKeyring two = new FileKeyring(one.folder(), Clock.systemUTC());
        List<Epoch> epochs = Stream.generate(one::create).limit(200).toList();

        // when both destroy every epoch at the same moment
        CyclicBarrier together = new CyclicBarrier(2);
        Function<FileKeyring, Callable<Void>> destroyAll = instance -> () -> {
            for (Epoch epoch : epochs) {
                together.await(10, TimeUnit.SECONDS);
                instance.destroy(epoch.kid());
            }
            return null;
        };
        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            for (Future<Void> done : instances.invokeAll(List.of(destroyAll.apply(one), destroyAll.apply(two)))) {
                done.get();
            }
        } finally {
            instances.shutdownNow();
        }

        // then neither failed, and every epoch is gone for good
        assertThat(one.epochs()).isEmpty();
        try (Stream<Path> left = Files.list(one.folder())) {
            assertThat(left.map(file -> file.getFileName().toString()))
                    .hasSize(epochs.size())
                    .allMatch(name -> name.endsWith(".destroyed"));
        }
    }

    @Test
    void anEpochFileIsReadableByItsOwnerOnly() throws Exception {
        FileKeyring keyring = Keyrings.fileKeyring();
        Epoch epoch = keyring.create();
        assertThat(Files.getPosixFilePermissions(keyring.folder().resolve(epoch.kid() + ".key")))
                .isEqualTo(Set.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE));
    }

    @Test
    void aTamperedCiphertextOrAnotherDataKeyDoesNotDecrypt() {
        DataKey key = DataKey.generate();
        byte[] sealed = key.encrypt("Amina Testperson".getBytes(), BOUND_TO);
        sealed[sealed.length - 1] ^= 1;
        assertThatThrownBy(() -> key.decrypt(sealed, BOUND_TO)).isInstanceOf(Undecryptable.class);
        byte[] fresh = key.encrypt("Amina Testperson".getBytes(), BOUND_TO);
        assertThatThrownBy(() -> DataKey.generate().decrypt(fresh, BOUND_TO)).isInstanceOf(Undecryptable.class);
        assertThat(new String(key.decrypt(fresh, BOUND_TO))).isEqualTo("Amina Testperson");
        assertThat(key.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(key.raw()));
    }
}
