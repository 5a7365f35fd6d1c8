package london.sanctuary.platform.crypto.config;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.context.SmartLifecycle;

/** Rotates every {@code sanctuary.keyring.rotate-every} on its own thread, the first time one period after start. */
class ScheduledRotation implements SmartLifecycle {

    private final Rotations rotations;
    private final long everyMillis;
    private ScheduledExecutorService executor;

    ScheduledRotation(Rotations rotations, KeyringSettings settings) {
        this.rotations = rotations;
        this.everyMillis = settings.rotateEvery().toMillis();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "key-rotation"));
        executor.scheduleWithFixedDelay(rotations::rotateQuietly, everyMillis, everyMillis, TimeUnit.MILLISECONDS);
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
