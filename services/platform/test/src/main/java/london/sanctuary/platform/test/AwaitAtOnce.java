package london.sanctuary.platform.test;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Every test JVM with the test kit on its class path asks an {@code await()}'s condition at once, then at its poll
 * interval: Awaitility's own default first waits 100 ms, and a whole poll interval where a test sets one (2 s for a
 * journey's page reload), even when what it waits for has already happened. Registered through
 * {@code META-INF/services}, so JUnit applies it before any test runs.
 */
public final class AwaitAtOnce implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        Awaitility.setDefaultPollDelay(Duration.ZERO);
    }
}
