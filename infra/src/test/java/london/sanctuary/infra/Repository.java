package london.sanctuary.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root, as the build passes it (sanctuary.repository), else found from the working directory. */
final class Repository {

    private Repository() {}

    static Path root() {
        String configured = System.getProperty("sanctuary.repository");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        while (!Files.isDirectory(dir.resolve("infra/k8s"))) {
            dir = dir.getParent();
        }
        return dir;
    }
}
