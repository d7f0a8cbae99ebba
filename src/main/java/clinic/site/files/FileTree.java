package clinic.site.files;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** Whole folders: copy, delete; and the digest the build keys its caches with. */
public final class FileTree {

    private FileTree() {
    }

    /** Copies every file under `from` to the same place under `to`; nothing when `from` does not exist. */
    public static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    public static void delete(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** Adds every file under `root` (its path and bytes) to `digest`, in a stable order. */
    public static void hashTree(MessageDigest digest, Path root) {
        hashTree(digest, root, Set.of());
    }

    /** As hashTree, leaving out the files named in `except` (paths relative to `root`). */
    public static void hashTree(MessageDigest digest, Path root, Set<String> except) {
        if (!Files.isDirectory(root)) {
            update(digest, "no " + root);
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                if (except.contains(root.relativize(file).toString().replace('\\', '/'))) {
                    continue;
                }
                update(digest, root.relativize(file).toString());
                digest.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds the code this JVM runs to `digest`: every folder on the classpath file by file (the site's own classes and
     * resources), every jar by its path, size and date (Maven's repository never rewrites a released version in place),
     * and the Java version. A build cache keyed with it is not used by a build of other code. Hashed once per JVM
     * (four caches ask in each bake): a JVM runs the code it loaded, even if target/classes is compiled again meanwhile.
     */
    public static void hashClasspath(MessageDigest digest) {
        digest.update(classpathHash());
    }

    private static byte[] classpathHash;

    private static synchronized byte[] classpathHash() {
        if (classpathHash == null) {
            MessageDigest digest = sha256();
            update(digest, "java " + System.getProperty("java.version"));
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                Path path = Path.of(entry);
                if (Files.isDirectory(path)) {
                    hashTree(digest, path);
                } else {
                    update(digest, entry + " " + path.toFile().length() + " " + path.toFile().lastModified());
                }
            }
            classpathHash = digest.digest();
        }
        return classpathHash;
    }

    /** Adds a text and a separator to `digest`. */
    public static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
    }

    /** A copy of `digest` as it is, to go on from (one context, then each file's own bytes). */
    public static MessageDigest copy(MessageDigest digest) {
        try {
            return (MessageDigest) digest.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-256 can be cloned", e);
        }
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
