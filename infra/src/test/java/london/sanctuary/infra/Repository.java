package london.sanctuary.infra;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository's root, as the build passes it (sanctuary.repository), else found from the working directory. */
final class Repository {

    private Repository() {}

    static Path root() {
        String configured = System.getProperty("sanctuary.repository");
        Path dir = configured != null ? Path.of(configured) : Path.of("").toAbsolutePath();
        for (Path at = dir; at != null; at = at.getParent()) {
            if (Files.isDirectory(at.resolve("infra/k8s"))) {
                return at;
            }
        }
        throw new IllegalStateException("no infra/k8s above " + dir + ": set -Dsanctuary.repository");
    }
}
