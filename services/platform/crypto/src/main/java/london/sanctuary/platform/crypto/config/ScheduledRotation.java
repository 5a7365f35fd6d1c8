package london.sanctuary.platform.crypto.config;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/**
 * Rotates once the newest epoch is {@code sanctuary.keyring.rotate-every} old, looking every minute (or every period,
 * if shorter) on its own thread. Due by the keyring's age, not by time since start, so restarts do not put rotation
 * off, and a replica that finds a young epoch another one just made does not rotate again.
 */
class ScheduledRotation implements SmartLifecycle {

    private static final Duration MOST_BETWEEN_LOOKS = Duration.ofMinutes(1);
    private final Rotations rotations;
    private final Duration every;
    private ScheduledExecutorService executor;

    ScheduledRotation(Rotations rotations, KeyringSettings settings) {
        this.rotations = rotations;
        this.every = settings.rotateEvery();
    }

    @Override
    public synchronized void start() {
        long look = Math.min(every.toMillis(), MOST_BETWEEN_LOOKS.toMillis());
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "key-rotation"));
        executor.scheduleWithFixedDelay(() -> rotations.rotateIfDue(every), look, look, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
