package london.sanctuary.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The frozen samples shipped in this jar, for contract tests in any service: a producer's output should look like
 * them and a consumer must parse every one. Works from a directory or a jar on the classpath.
 */
public final class Samples {

    /** Classpath folder of the referral package samples. */
    public static final String REFERRAL_PACKAGE_FOLDER = "samples/referrals/referral-package.v1";

    private Samples() {}

    /** Every sample of {@code type}, sorted by name. */
    public static List<Sample> of(EventType type) {
        return inFolder(type.samplesFolder());
    }

    /** Every sample of the (decrypted) referral package. */
    public static List<Sample> ofReferralPackage() {
        return inFolder(REFERRAL_PACKAGE_FOLDER);
    }

    /** Every {@code .json} file directly in {@code folder}, across all classpath roots, sorted by name. */
    public static List<Sample> inFolder(String folder) {
        TreeSet<String> resources = new TreeSet<>();
        try {
            for (URL root : Collections.list(loader().getResources(folder))) {
                resources.addAll(list(root, folder));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resources.stream()
                .filter(r -> r.endsWith(".json"))
                .map(r -> new Sample(r, read(r)))
                .sorted(Comparator.comparing(Sample::name))
                .toList();
    }

    private static List<String> list(URL root, String folder) throws IOException {
        if ("jar".equals(root.getProtocol())) {
            String prefix = folder + "/";
            return ((JarURLConnection) root.openConnection())
                    .getJarFile().stream()
                            .map(entry -> entry.getName())
                            .filter(name -> name.startsWith(prefix) && name.indexOf('/', prefix.length()) < 0)
                            .toList();
        }
        try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
            return files.map(file -> folder + "/" + file.getFileName()).toList();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("samples: cannot list " + root, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = loader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClassLoader loader() {
        return Samples.class.getClassLoader();
    }
}
