package london.sanctuary.platform.crypto;

import java.time.Duration;

/**
 * One rotation at a time across the instances of a service. Safety does not rest on it (re-wrapping is conditional
 * and an epoch goes only once nothing is left under it); it keeps replicas from rotating twice at once.
 */
public interface RotationLock {

    /** Takes the lock for at most {@code atMost} (a crashed holder frees it then); answers whether it did. */
    boolean acquire(String holder, Duration atMost);

    void release(String holder);
}
