package london.sanctuary.infra;

import static java.nio.charset.StandardCharsets.UTF_8;
import static london.sanctuary.infra.Manifests.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each deployable service's image as Jib built it (an OCI tarball, decision 0053) against its Deployment: the user
 * the pods run as, the service's main class, the ports the Deployment and its probes use, and the digest recorded
 * beside it. Runs where the images were built ({@code .ci/run}, or {@code ./mvnw package} once
 * {@code infra/images/build-base.sh} made the base); elsewhere each service is skipped, saying so. And a release's
 * step, {@code infra/images/digests.sh --pin}, on a copy: every overlay's images by digest.
 */
class ServiceImageTests {

    private static final Path REPOSITORY = Repository.root();
    private static final Path K8S = REPOSITORY.resolve("infra/k8s");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static Stream<String> services() {
        return list(K8S.resolve("base")).map(base -> base.getFileName().toString());
    }

    static Stream<Path> overlays() {
        return list(K8S.resolve("overlays"));
    }

    private static Stream<Path> list(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void theImageRunsTheServiceAsTheDeploymentsUserOnItsPortsUnderTheRecordedDigest(String service) throws IOException {
        // given the service's image tarball, where it was built
        Path target = REPOSITORY.resolve("services").resolve(service).resolve("target");
        Path tarball = target.resolve("jib-image.tar");
        assumeTrue(
                Files.isRegularFile(tarball),
                () -> "no image for " + service + " (" + REPOSITORY.relativize(tarball)
                        + "): images are built where the base exists (infra/images/build-base.sh, as .ci/run does)");
        Map<String, Blob> blobs = entries(tarball);
        Map<String, Object> deployment = Manifests.read(
                        K8S.resolve("base").resolve(service).resolve("deployment.yaml"))
                .get(0);
        Map<String, Object> everyPod = at(
                Manifests.read(K8S.resolve("components/service/hardened-deployment.yaml"))
                        .get(0),
                "spec",
                "template",
                "spec");

        // when its manifest and config are read through the OCI index
        String manifestDigest = JSON.readTree(blobs.get("index.json").small())
                .path("manifests")
                .path(0)
                .path("digest")
                .asString();
        JsonNode manifest = JSON.readTree(blob(blobs, manifestDigest));
        JsonNode config = JSON.readTree(
                        blob(blobs, manifest.path("config").path("digest").asString()))
                .path("config");

        // then the digest recorded beside it is the manifest's, and every blob is what its name says
        assertThat(Files.readString(target.resolve("jib-image.digest")).strip())
                .as("%s: jib-image.digest", service)
                .isEqualTo(manifestDigest);
        for (JsonNode layer : manifest.path("layers")) {
            String digest = layer.path("digest").asString();
            assertThat(blobs).as("layer %s", digest).containsKey(blobPath(digest));
            assertThat("sha256:" + blobs.get(blobPath(digest)).sha256()).isEqualTo(digest);
        }
        // and it runs as the Deployments' non-root user
        String user =
                at(everyPod, "securityContext", "runAsUser") + ":" + at(everyPod, "securityContext", "runAsGroup");
        assertThat(config.path("User").asString()).as("%s: user", service).isEqualTo(user);
        assertThat(user).doesNotStartWith("0:");
        // and it starts the service's main class with the container's JVM flags
        List<String> entrypoint =
                config.path("Entrypoint").valueStream().map(JsonNode::asString).toList();
        assertThat(entrypoint).first().isEqualTo("java");
        assertThat(entrypoint).contains("-XX:MaxRAMPercentage=75").last().isEqualTo(mainClass(service));
        // and it exposes exactly the Deployment's ports: the application's and the probes' management port
        Set<String> exposed =
                config.path("ExposedPorts").propertyNames().stream().collect(Collectors.toSet());
        assertThat(exposed).as("%s: exposed ports", service).isEqualTo(containerPorts(deployment, everyPod));
        // and it says where it was built from
        assertThat(config.path("Labels").propertyNames())
                .contains("org.opencontainers.image.source", "org.opencontainers.image.revision");
    }

    @ParameterizedTest
    @MethodSource("overlays")
    void aReleasePinsEveryImageOfAnOverlayToItsRecordedDigest(Path overlay, @TempDir Path copy) {
        // given a copy of the infra files and a digest recorded for every service
        Path copied = copy.resolve("infra");
        write(copied.resolve(".keep"), "");
        Manifests.Commands.run(
                List.of(
                        "cp",
                        "-r",
                        REPOSITORY.resolve("infra/images").toString(),
                        REPOSITORY.resolve("infra/k8s").toString(),
                        copied.toString()),
                Map.of());
        Map<String, String> digests = new HashMap<>();
        for (String service : services().toList()) {
            String digest = "sha256:" + HexFormat.of().formatHex(sha256().digest(service.getBytes(UTF_8)));
            digests.put("sanctuary-exchange/" + service, digest);
            write(copy.resolve("services").resolve(service).resolve("target/jib-image.digest"), digest + "\n");
        }
        Path pinned = copied.resolve("k8s/overlays").resolve(overlay.getFileName());

        // when the release pins the overlay
        Manifests.Commands.Result result = Manifests.Commands.run(
                List.of("bash", copied.resolve("images/digests.sh").toString(), "--pin", pinned.toString()), Map.of());

        // then every image of the overlay is its service's digest, no tag left
        assertThat(result.exitCode()).as(result.output()).isZero();
        List<Map<String, Object>> images =
                at(Manifests.read(pinned.resolve("kustomization.yaml")).get(0), "images");
        assertThat(images).isNotEmpty().allSatisfy(image -> {
            assertThat(image).doesNotContainKey("newTag");
            assertThat(image.get("digest"))
                    .isEqualTo(digests.get(image.get("name").toString()));
        });
        // and, rendered, every Deployment runs an image by digest
        Manifests.rendered(pinned)
                .ifPresent(rendered -> Manifests.ofKind(rendered, "Deployment").forEach(d -> {
                    String service = at(d, "metadata", "name");
                    List<Map<String, Object>> containers = at(d, "spec", "template", "spec", "containers");
                    assertThat(containers.get(0).get("image").toString())
                            .endsWith("/" + service + "@" + digests.get("sanctuary-exchange/" + service));
                }));
    }

    private static Set<String> containerPorts(Map<String, Object> deployment, Map<String, Object> everyPod) {
        Set<String> ports = new TreeSet<>();
        for (Map<String, Object> pod : List.of(at(deployment, "spec", "template", "spec"), everyPod)) {
            List<Map<String, Object>> containers = at(pod, "containers");
            List<Map<String, Object>> declared = at(containers.get(0), "ports");
            declared.forEach(port -> ports.add(port.get("containerPort") + "/tcp"));
            Map<String, Object> probe = at(containers.get(0), "readinessProbe");
            if (probe != null) {
                assertThat(declared)
                        .as("the probes' port is a declared one")
                        .anySatisfy(port -> assertThat(port.get("name")).isEqualTo(at(probe, "httpGet", "port")));
            }
        }
        return ports;
    }

    /** The service's main class: the one class of its main sources with a main method. */
    private static String mainClass(String service) throws IOException {
        Path sources = REPOSITORY.resolve("services").resolve(service).resolve("src/main/java");
        try (Stream<Path> files = Files.walk(sources)) {
            List<String> mains = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> read(f).contains("static void main("))
                    .map(f -> sources.relativize(f)
                            .toString()
                            .replace(".java", "")
                            .replace('/', '.'))
                    .toList();
            assertThat(mains).as("%s: one main class", service).hasSize(1);
            return mains.get(0);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] blob(Map<String, Blob> blobs, String digest) {
        Blob blob = blobs.get(blobPath(digest));
        assertThat(blob).as("blob %s", digest).isNotNull();
        assertThat("sha256:" + blob.sha256()).as("blob %s's content", digest).isEqualTo(digest);
        return blob.small();
    }

    private static String blobPath(String digest) {
        return "blobs/" + digest.replace(':', '/');
    }

    /** A file of the tarball: its SHA-256, and its content when small (the index, manifest and config; not layers). */
    private record Blob(String sha256, byte[] small) {}

    private static Map<String, Blob> entries(Path tarball) throws IOException {
        Map<String, Blob> entries = new HashMap<>();
        try (InputStream in = Files.newInputStream(tarball);
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    MessageDigest sha256 = sha256();
                    byte[] small = entry.getSize() < 1 << 20 ? tar.readAllBytes() : null;
                    if (small != null) {
                        sha256.update(small);
                    } else {
                        // not closed: closing it would close the tarball's stream
                        new DigestInputStream(tar, sha256).transferTo(OutputStream.nullOutputStream());
                    }
                    entries.put(entry.getName(), new Blob(HexFormat.of().formatHex(sha256.digest()), small));
                }
            }
        }
        return entries;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
