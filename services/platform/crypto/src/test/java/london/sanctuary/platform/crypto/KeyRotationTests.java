package london.sanctuary.platform.crypto;

import static london.sanctuary.platform.crypto.Keyrings.BOROUGH;
import static london.sanctuary.platform.crypto.Keyrings.FREE;
import static london.sanctuary.platform.crypto.Keyrings.copyOf;
import static london.sanctuary.platform.crypto.Keyrings.envelopeKeys;
import static london.sanctuary.platform.crypto.Keyrings.openedFromCopy;
import static london.sanctuary.platform.crypto.Keyrings.prepared;
import static london.sanctuary.platform.crypto.Keyrings.rotation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class KeyRotationTests {

    final InMemoryWrappedKeys store = new InMemoryWrappedKeys();

    @Test
    void afterRotationACopyOfTheStoreOpensNoErasedKeyEvenWithTheKeyringWhileEveryLivingKeyOpens() {
        // given ten keys, a backup of the store, then four of them shredded (erased)
        FileKeyring keyring = prepared(Optional.empty());
        EnvelopeKeys keys = envelopeKeys(store, keyring);
        Map<String, byte[]> raw = createKeys(keys, 10);
        Map<String, WrappedKey> backup = copyOf(store);
        List<String> erased = List.of("p0", "p1", "p2", "p3");
        keys.shred(BOROUGH, erased);
        assertThat(openedFromCopy(backup, erased, keyring))
                .as("before rotation the backup still opens the erased keys")
                .isEqualTo(4);

        // when
        Rotated rotated = rotation(keyring, keys, FREE).rotate().orElseThrow();

        // then
        assertThat(openedFromCopy(backup, erased, keyring)).isZero();
        assertThat(openedFromCopy(copyOf(store), List.of("p4", "p5"), keyring)).isEqualTo(2);
        raw.forEach((id, bytes) -> {
            if (!erased.contains(id)) {
                assertThat(keys.find(BOROUGH, id).orElseThrow().raw()).isEqualTo(bytes);
            }
        });
        assertThat(rotated.rewrapped()).isEqualTo(6);
        assertThat(rotated.destroyed()).hasSize(1);
        assertThat(keyring.epochs()).extracting(Epoch::kid).containsExactly(rotated.epoch());
        assertThat(store.kids(BOROUGH).values()).containsOnly(rotated.epoch());
    }

    @Test
    void aNewKeyringGetsAnEpochOfItsOwnSoNoNewKeyIsWrappedUnderTheConfiguredKey() {
        // given / when
        FileKeyring keyring = prepared(Optional.of(new byte[32]));
        DataKeyIds created = new DataKeyIds();
        envelopeKeys(store, keyring).create(BOROUGH, created.next());

        // then
        assertThat(keyring.epochs()).extracting(Epoch::kid).hasSize(2).contains(Epoch.LEGACY);
        assertThat(keyring.current().kid()).isNotEqualTo(Epoch.LEGACY);
        assertThat(store.find(BOROUGH, "p0").orElseThrow().kid())
                .isEqualTo(keyring.current().kid());
    }

    @Test
    void aKeyStoredBeforeEpochsOpensAsTheLegacyEpochAndTheFirstRotationRewrapsItAndDestroysTheLegacyKey() {
        // given a key wrapped as before epochs: AES-GCM under the configured key, no kid beside it
        byte[] configured = DataKey.generate().raw();
        DataKey old = DataKey.generate();
        byte[] wrapped = AesGcm.encryptJoined(
                new javax.crypto.spec.SecretKeySpec(configured, "AES"),
                old.raw(),
                "data-key:p-old".getBytes(StandardCharsets.UTF_8));
        store.put(BOROUGH, "p-old", null, new WrappedKey(Epoch.LEGACY, wrapped));
        FileKeyring keyring = prepared(Optional.of(configured));
        EnvelopeKeys keys = envelopeKeys(store, keyring);
        assertThat(keys.find(BOROUGH, "p-old").orElseThrow().raw()).isEqualTo(old.raw());

        // when
        Rotated rotated = rotation(keyring, keys, FREE).rotate().orElseThrow();

        // then
        assertThat(rotated.destroyed()).contains(Epoch.LEGACY);
        assertThat(store.find(BOROUGH, "p-old").orElseThrow().kid()).isEqualTo(rotated.epoch());
        assertThat(keys.find(BOROUGH, "p-old").orElseThrow().raw()).isEqualTo(old.raw());
        assertThat(keyring.adoptOnce(Epoch.LEGACY, configured))
                .as("configuration cannot bring a destroyed legacy key back")
                .isFalse();
        KeyRotation.prepare(keyring, Optional.of(configured));
        assertThat(keyring.epochs()).extracting(Epoch::kid).doesNotContain(Epoch.LEGACY);
        assertThatThrownBy(() -> keyring.unwrap(Epoch.LEGACY, wrapped, "data-key:p-old".getBytes()))
                .isInstanceOf(Undecryptable.class);
    }

    @Test
    void aRotationInterruptedMidwayLeavesEveryLivingKeyReadableAndTheNextOneFinishesTheJob() {
        // given a store that fails after three keys are re-wrapped
        FileKeyring keyring = prepared(Optional.empty());
        FailingAfter failing = new FailingAfter(store, 3);
        EnvelopeKeys keys = envelopeKeys(failing, keyring);
        Map<String, byte[]> raw = createKeys(keys, 10);
        String first = keyring.current().kid();

        // when
        assertThatThrownBy(() -> rotation(keyring, keys, FREE).rotate()).isInstanceOf(IllegalStateException.class);

        // then every key still opens, and the epoch they were under is still there
        raw.forEach((id, bytes) ->
                assertThat(keys.find(BOROUGH, id).orElseThrow().raw()).isEqualTo(bytes));
        assertThat(keyring.epochs()).extracting(Epoch::kid).contains(first).hasSize(2);

        // and when run again, it finishes
        failing.heal();
        Rotated rotated = rotation(keyring, keys, FREE).rotate().orElseThrow();
        assertThat(rotated.destroyed()).hasSize(2).contains(first);
        assertThat(keyring.epochs()).extracting(Epoch::kid).containsExactly(rotated.epoch());
        raw.forEach((id, bytes) ->
                assertThat(keys.find(BOROUGH, id).orElseThrow().raw()).isEqualTo(bytes));
    }

    @Test
    void aKeyWrappedUnderTheOldEpochWhileTheRotationRunsIsRewrappedBeforeThatEpochGoes() {
        // given another instance that wrapped a key under the old epoch as the rotation began
        FileKeyring keyring = prepared(Optional.empty());
        Epoch old = keyring.current();
        EnvelopeKeys keys = envelopeKeys(store, keyring);
        createKeys(keys, 3);
        DataKey late = DataKey.generate();
        AtomicInteger looks = new AtomicInteger();
        WrappedKeys racing = new Delegating(store) {
            @Override
            public Map<String, String> kids(String borough) {
                if (looks.getAndIncrement() == 0) {
                    byte[] wrapped = keyring.wrap(old.kid(), late.raw(), "data-key:late".getBytes());
                    store.put(borough, "late", null, new WrappedKey(old.kid(), wrapped));
                }
                return super.kids(borough);
            }
        };
        EnvelopeKeys rotating = envelopeKeys(racing, keyring);

        // when
        Rotated rotated = rotation(keyring, rotating, FREE).rotate().orElseThrow();

        // then
        assertThat(rotated.destroyed()).containsExactly(old.kid());
        assertThat(keys.find(BOROUGH, "late").orElseThrow().raw()).isEqualTo(late.raw());
    }

    @Test
    void aKeyWhoseWriteLandsAfterARotationDestroyedItsEpochIsWrappedAgainUnderTheNewest() {
        // given a slow store: a whole rotation (re-wrap, settle, destroy) runs between the wrap and the write
        FileKeyring keyring = prepared(Optional.empty());
        Epoch old = keyring.current();
        EnvelopeKeys keys = envelopeKeys(store, keyring);
        AtomicInteger writes = new AtomicInteger();
        WrappedKeys slow = new Delegating(store) {
            @Override
            public void put(String borough, String id, String owner, WrappedKey key) {
                if (writes.getAndIncrement() == 0) {
                    rotation(keyring, keys, FREE).rotate().orElseThrow();
                }
                super.put(borough, id, owner, key);
            }
        };

        // when
        DataKey created = envelopeKeys(slow, keyring).create(BOROUGH, "slow");

        // then the epoch it was first wrapped under is gone, and the key still opens
        assertThat(keyring.epochs()).extracting(Epoch::kid).doesNotContain(old.kid());
        assertThat(keys.find(BOROUGH, "slow").orElseThrow().raw()).isEqualTo(created.raw());
    }

    @Test
    void twoInstancesRotatingAtOnceLoseNoLivingKey() throws Exception {
        // given two instances sharing the keyring and the store, with no lock between them
        FileKeyring keyring = prepared(Optional.empty());
        EnvelopeKeys keys = envelopeKeys(store, keyring);
        Map<String, byte[]> raw = createKeys(keys, 300);

        // when
        var one = CompletableFuture.supplyAsync(
                () -> rotation(keyring, keys, FREE).rotate());
        var two = CompletableFuture.supplyAsync(
                () -> rotation(keyring, keys, FREE).rotate());
        one.get();
        two.get();
        rotation(keyring, keys, FREE).rotate();

        // then
        raw.forEach((id, bytes) ->
                assertThat(keys.find(BOROUGH, id).orElseThrow().raw()).isEqualTo(bytes));
        assertThat(keyring.epochs()).hasSize(1);
    }

    @Test
    void aRotationOvertakenByAnotherLeavesTheNewerEpochsKeysAloneSoNoneIsLost() throws Exception {
        // given rotation A that made its epoch and then stalls, and rotation B that starts after it
        FileKeyring keyring = prepared(Optional.empty());
        EnvelopeKeys keys = envelopeKeys(store, keyring);
        Map<String, byte[]> raw = createKeys(keys, 5);
        CountDownLatch aStalled = new CountDownLatch(1);
        CountDownLatch aMayGo = new CountDownLatch(1);
        CountDownLatch aPassedOnce = new CountDownLatch(1);
        AtomicInteger aLooks = new AtomicInteger();
        WrappedKeys stalling = new Delegating(store) {
            @Override
            public Map<String, String> kids(String borough) {
                int look = aLooks.getAndIncrement();
                if (look == 0) {
                    aStalled.countDown();
                    await(aMayGo);
                } else if (look == 1) {
                    aPassedOnce.countDown();
                }
                return super.kids(borough);
            }
        };
        var a = CompletableFuture.supplyAsync(
                () -> rotation(keyring, envelopeKeys(stalling, keyring), FREE).rotate());
        await(aStalled);
        String aEpoch = keyring.current().kid();
        // B, just before destroying A's epoch (nothing under it yet), lets A make its first pass
        Keyring lettingAPass = new DelegatingKeyring(keyring) {
            @Override
            public void destroy(String kid) {
                if (kid.equals(aEpoch)) {
                    aMayGo.countDown();
                    await(aPassedOnce);
                }
                super.destroy(kid);
            }
        };

        // when
        Rotated b = rotation(lettingAPass, envelopeKeys(store, lettingAPass), FREE)
                .rotate()
                .orElseThrow();
        a.get();

        // then A moved nothing back under its own (now destroyed) epoch: every key is under B's and opens
        assertThat(b.destroyed()).contains(aEpoch);
        assertThat(store.kids(BOROUGH).values()).containsOnly(b.epoch());
        raw.forEach((id, bytes) ->
                assertThat(keys.find(BOROUGH, id).orElseThrow().raw()).isEqualTo(bytes));
    }

    @Test
    void aKeyThatDoesNotUnwrapKeepsItsEpochAliveAndIsCounted() {
        // given
        FileKeyring keyring = prepared(Optional.empty());
        EnvelopeKeys keys = envelopeKeys(store, keyring);
        createKeys(keys, 2);
        String first = keyring.current().kid();
        store.put(BOROUGH, "tampered", null, new WrappedKey(first, new byte[60]));

        // when
        Rotated rotated = rotation(keyring, keys, FREE).rotate().orElseThrow();

        // then
        assertThat(rotated.kept()).containsExactly(first);
        assertThat(rotated.unreadable()).isEqualTo(1);
        assertThat(keyring.epochs()).extracting(Epoch::kid).contains(first);
    }

    @Test
    void whileAnotherInstanceHoldsTheLockARotationDoesNothing() {
        // given
        FileKeyring keyring = prepared(Optional.empty());
        List<Epoch> before = keyring.epochs();
        RotationLock held = new RotationLock() {
            @Override
            public boolean acquire(String holder, Duration atMost) {
                return false;
            }

            @Override
            public void release(String holder) {}
        };

        // when
        Optional<Rotated> rotated =
                rotation(keyring, envelopeKeys(store, keyring), held).rotate();

        // then
        assertThat(rotated).isEmpty();
        assertThat(keyring.epochs()).isEqualTo(before);
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other rotation did not get there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, byte[]> createKeys(EnvelopeKeys keys, int count) {
        Map<String, byte[]> raw = new LinkedHashMap<>();
        IntStream.range(0, count)
                .forEach(i -> raw.put("p" + i, keys.create(BOROUGH, "p" + i).raw()));
        return raw;
    }

    /** Ids p0, p1, … */
    private static final class DataKeyIds {
        private int next;

        String next() {
            return "p" + next++;
        }
    }

    /** A store whose replaces fail after a number of them, as a crash midway would stop a rotation. */
    private static final class FailingAfter extends Delegating {
        private final AtomicInteger left;

        FailingAfter(WrappedKeys store, int replaces) {
            super(store);
            this.left = new AtomicInteger(replaces);
        }

        void heal() {
            left.set(Integer.MAX_VALUE);
        }

        @Override
        public boolean replace(String borough, String id, WrappedKey current, WrappedKey next) {
            if (left.getAndDecrement() <= 0) {
                throw new IllegalStateException("the store went away");
            }
            return super.replace(borough, id, current, next);
        }
    }

    private static class DelegatingKeyring implements Keyring {
        private final Keyring keyring;

        DelegatingKeyring(Keyring keyring) {
            this.keyring = keyring;
        }

        @Override
        public List<Epoch> epochs() {
            return keyring.epochs();
        }

        @Override
        public Epoch create() {
            return keyring.create();
        }

        @Override
        public byte[] wrap(String kid, byte[] dataKey, byte[] associatedData) {
            return keyring.wrap(kid, dataKey, associatedData);
        }

        @Override
        public byte[] unwrap(String kid, byte[] wrapped, byte[] associatedData) {
            return keyring.unwrap(kid, wrapped, associatedData);
        }

        @Override
        public void destroy(String kid) {
            keyring.destroy(kid);
        }

        @Override
        public boolean adoptOnce(String kid, byte[] key) {
            return keyring.adoptOnce(kid, key);
        }
    }

    private static class Delegating implements WrappedKeys {
        private final WrappedKeys store;

        Delegating(WrappedKeys store) {
            this.store = store;
        }

        @Override
        public void put(String borough, String id, String owner, WrappedKey key) {
            store.put(borough, id, owner, key);
        }

        @Override
        public Optional<WrappedKey> find(String borough, String id) {
            return store.find(borough, id);
        }

        @Override
        public void delete(String borough, java.util.Collection<String> ids) {
            store.delete(borough, ids);
        }

        @Override
        public long deleteOwnedBy(String borough, String owner) {
            return store.deleteOwnedBy(borough, owner);
        }

        @Override
        public Map<String, String> kids(String borough) {
            return store.kids(borough);
        }

        @Override
        public boolean replace(String borough, String id, WrappedKey current, WrappedKey next) {
            return store.replace(borough, id, current, next);
        }
    }
}
