package london.sanctuary.platform.crypto;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Rotates the key-encryption key: makes a new epoch, re-wraps every living data key under it, waits {@code settle}
 * (so that an instance which wrapped a new key under the old epoch just before has stored it), re-wraps what came in
 * meanwhile, then destroys every older epoch that no stored key refers to any more. From then on no copy of the
 * store, taken before or after, opens a key that was deleted (an erased person's) — the epoch that wrapped it is
 * gone. Keys under an epoch newer than its own (another instance's rotation, should two ever overlap) it leaves alone.
 *
 * <p>Safe to interrupt: each key is replaced in one conditional write, and an epoch is destroyed only after a fresh
 * look shows no key left under it, so a crash at any point leaves every living key readable and the next rotation
 * finishes the job.
 */
public final class KeyRotation {

    private final Keyring keyring;
    private final List<EnvelopeKeys> kinds;
    private final List<String> boroughs;
    private final RotationLock lock;
    private final Timing timing;
    private final String holder = UUID.randomUUID().toString();

    /**
     * @param settle how long a key wrapped under the old epoch may take to be stored (longer than any keyring cache)
     * @param lockAtMost how long a rotation may hold the lock before another instance may take it
     */
    public record Timing(Duration settle, Duration lockAtMost) {}

    public KeyRotation(
            Keyring keyring, List<EnvelopeKeys> kinds, List<String> boroughs, RotationLock lock, Timing timing) {
        this.keyring = keyring;
        this.kinds = List.copyOf(kinds);
        this.boroughs = List.copyOf(boroughs);
        this.lock = lock;
        this.timing = timing;
    }

    /**
     * Readies a keyring at start-up: takes in the key-encryption key of before epochs (if configured) once, as epoch
     * {@link Epoch#LEGACY}, so that keys stored without a kid still open until the first rotation re-wraps them; and
     * makes a first epoch of its own, so that no new key is wrapped under a configured key.
     */
    public static void prepare(Keyring keyring, Optional<byte[]> legacyKey) {
        legacyKey.ifPresent(key -> keyring.adoptOnce(Epoch.LEGACY, key));
        if (keyring.epochs().stream().allMatch(epoch -> epoch.kid().equals(Epoch.LEGACY))) {
            keyring.create();
        }
    }

    /** Rotates; empty when another instance is rotating. */
    public Optional<Rotated> rotate() {
        if (!lock.acquire(holder, timing.lockAtMost())) {
            return Optional.empty();
        }
        try {
            return Optional.of(rotateHoldingTheLock());
        } finally {
            release();
        }
    }

    /** Releases even when the thread was interrupted (a shutdown), which the store's client would refuse. */
    private void release() {
        boolean interrupted = Thread.interrupted();
        try {
            lock.release(holder);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Rotated rotateHoldingTheLock() {
        Epoch fresh = keyring.create();
        Rewrapped first = pass(fresh);
        settle();
        Rewrapped second = pass(fresh);
        Set<String> referenced = referencedKids();
        List<String> destroyed = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        for (Epoch epoch : olderThan(fresh)) {
            if (referenced.contains(epoch.kid())) {
                kept.add(epoch.kid());
            } else {
                keyring.destroy(epoch.kid());
                destroyed.add(epoch.kid());
            }
        }
        return new Rotated(fresh.kid(), first.moved() + second.moved(), destroyed, kept, second.unreadable());
    }

    private Rewrapped pass(Epoch target) {
        Set<String> older = new HashSet<>();
        olderThan(target).forEach(epoch -> older.add(epoch.kid()));
        Rewrapped result = Rewrapped.NONE;
        for (EnvelopeKeys kind : kinds) {
            for (String borough : boroughs) {
                result = result.plus(kind.rewrap(borough, older, target));
            }
        }
        return result;
    }

    private Set<String> referencedKids() {
        Set<String> kids = new HashSet<>();
        for (EnvelopeKeys kind : kinds) {
            for (String borough : boroughs) {
                kids.addAll(kind.kids(borough));
            }
        }
        return kids;
    }

    /** The epochs made before {@code fresh}; none if {@code fresh} itself is gone (another rotation overtook). */
    private List<Epoch> olderThan(Epoch fresh) {
        List<Epoch> epochs = keyring.epochs();
        int index = epochs.stream().map(Epoch::kid).toList().indexOf(fresh.kid());
        return index < 0 ? List.of() : epochs.subList(0, index);
    }

    private void settle() {
        try {
            Thread.sleep(timing.settle().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Key rotation interrupted while settling; the next one finishes it", e);
        }
    }
}
