package london.sanctuary.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The folder of this JVM's keyrings ({@code <folder>/<service>}), made once, as the embedded store is. */
public final class TestKeyrings {

    private static Path folder;

    private TestKeyrings() {}

    public static synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("sanctuary-keyrings");
                folder.toFile().deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }
}
