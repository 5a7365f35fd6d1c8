package london.sanctuary.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.spec.SecretKeySpec;

/**
 * A keyring in a folder (the local platform's data folder, a mounted volume in compose): one file per live epoch,
 * {@code <kid>.key} ({@code created=…} and {@code key=<base64 of 32 bytes>}), readable by the owner only, and a
 * {@code <kid>.destroyed} marker for each destroyed one. Every call reads the folder, so instances sharing it see
 * a new epoch at once. Destroying overwrites the file before deleting it; on copy-on-write or wear-levelled storage
 * that is not a guarantee, which is one reason a deployment uses a KMS instead.
 */
public final class FileKeyring implements Keyring {

    private static final String KEY = ".key";
    private static final String DESTROYED = ".destroyed";
    private static final String DESTROYING = ".destroying";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Path folder;
    private final Clock clock;

    public FileKeyring(Path folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("sanctuary.keyring.location: cannot create the keyring folder", e);
        }
    }

    Path folder() {
        return folder;
    }

    @Override
    public List<Epoch> epochs() {
        try (Stream<Path> files = Files.list(folder)) {
            List<Epoch> epochs = new ArrayList<>();
            for (Path file :
                    files.filter(f -> f.getFileName().toString().endsWith(KEY)).toList()) {
                read(file).ifPresent(stored -> epochs.add(stored.epoch()));
            }
            epochs.sort(Comparator.comparing(Epoch::created).thenComparing(Epoch::kid));
            return epochs;
        } catch (IOException e) {
            throw new UncheckedIOException("The keyring folder cannot be read", e);
        }
    }

    @Override
    public Epoch create() {
        Instant now = clock.instant();
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        Epoch epoch = new Epoch("e" + now.toEpochMilli() + "-" + HexFormat.of().formatHex(random), now);
        write(epoch, DataKey.generate().raw());
        return epoch;
    }

    @Override
    public byte[] wrap(String kid, byte[] dataKey, byte[] associatedData) {
        return AesGcm.encryptJoined(keyOf(kid), dataKey, associatedData);
    }

    @Override
    public byte[] unwrap(String kid, byte[] wrapped, byte[] associatedData) {
        return AesGcm.decryptJoined(keyOf(kid), wrapped, associatedData);
    }

    @Override
    public void destroy(String kid) {
        Path file = fileOf(kid, KEY);
        Path destroying = fileOf(kid, DESTROYING);
        try {
            // out of readers' sight first, in one step; then its bytes overwritten and gone. Another instance
            // destroying the same epoch may take either step first: a file it already took is no failure.
            try {
                Files.move(file, destroying, StandardCopyOption.ATOMIC_MOVE);
            } catch (NoSuchFileException alreadyTaken) {
                // moved by the other destroyer, or destroyed before
            }
            try {
                overwrite(destroying);
                Files.delete(destroying);
            } catch (NoSuchFileException alreadyGone) {
                // overwritten and deleted by the other destroyer
            }
            Files.writeString(fileOf(kid, DESTROYED), clock.instant().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("The keyring could not destroy an epoch", e);
        }
    }

    @Override
    public synchronized boolean adoptOnce(String kid, byte[] key) {
        if (Files.exists(fileOf(kid, KEY)) || Files.exists(fileOf(kid, DESTROYED))) {
            return false;
        }
        write(new Epoch(kid, clock.instant()), key);
        return true;
    }

    private SecretKeySpec keyOf(String kid) {
        Path file = fileOf(kid, KEY);
        return read(file).map(Stored::key).orElseThrow(Undecryptable::new);
    }

    private Path fileOf(String kid, String suffix) {
        return folder.resolve(new Epoch(kid, Instant.EPOCH).kid() + suffix);
    }

    private Optional<Stored> read(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            String kid = file.getFileName().toString().replace(KEY, "");
            Instant created = Instant.parse(value(lines, "created"));
            byte[] key = Base64.getDecoder().decode(value(lines, "key"));
            return Optional.of(new Stored(new Epoch(kid, created), new SecretKeySpec(key, "AES")));
        } catch (NoSuchFileException e) {
            return Optional.empty(); // destroyed while we looked
        } catch (IllegalStateException e) {
            if (Files.notExists(file)) {
                return Optional.empty(); // read while being destroyed
            }
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException("A keyring file cannot be read", e);
        }
    }

    private static String value(List<String> lines, String name) {
        return lines.stream()
                .filter(line -> line.startsWith(name + "="))
                .map(line -> line.substring(name.length() + 1).strip())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("A keyring file has no " + name));
    }

    /** Written beside, then moved into place: a reader never sees half a key. */
    private void write(Epoch epoch, byte[] key) {
        if (key.length != DataKey.BYTES) {
            throw new IllegalArgumentException("A key-encryption key must be 32 bytes");
        }
        String body =
                "created=" + epoch.created() + "\nkey=" + Base64.getEncoder().encodeToString(key) + "\n";
        try {
            Path partial = Files.createTempFile(folder, epoch.kid(), ".partial");
            ownerOnly(partial);
            Files.writeString(partial, body, StandardOpenOption.SYNC);
            Files.move(partial, fileOf(epoch.kid(), KEY), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("The keyring could not store an epoch", e);
        }
    }

    private static void ownerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
    }

    private static void overwrite(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.SYNC)) {
            channel.write(ByteBuffer.allocate((int) channel.size()));
        }
    }

    private record Stored(Epoch epoch, SecretKeySpec key) {}
}
