package london.sanctuary.platform.crypto.config;

import java.time.Duration;
import london.sanctuary.platform.schedule.PeriodicJob;

/**
 * Rotates once the newest epoch is {@code sanctuary.keyring.rotate-every} old, looking every minute (or every period,
 * if shorter) on its own thread (the platform's {@link PeriodicJob}). Due by the keyring's age, not by time since
 * start, so restarts do not put rotation off, and a replica that finds a young epoch another one just made does not
 * rotate again.
 */
final class ScheduledRotation {

    private static final Duration MOST_BETWEEN_LOOKS = Duration.ofMinutes(1);

    private ScheduledRotation() {}

    static PeriodicJob of(Rotations rotations, KeyringSettings settings) {
        Duration every = settings.rotateEvery();
        Duration look = every.compareTo(MOST_BETWEEN_LOOKS) < 0 ? every : MOST_BETWEEN_LOOKS;
        return PeriodicJob.every("key-rotation", look, () -> rotations.rotateIfDue(every));
    }
}
