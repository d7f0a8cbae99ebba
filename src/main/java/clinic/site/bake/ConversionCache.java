package clinic.site.bake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import clinic.site.files.FileTree;
import clinic.site.model.Messages;
import clinic.site.output.NewPageUrls;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * AsciiDoc pages as JBake's engine converted them, kept in target/build-cache/asciidoc/ so that a bake whose pages
 * did not change starts no JRuby at all. A kept page is used only when everything its conversion was read from is
 * unchanged, so it is the document a new conversion would give:
 * - the page's own bytes and its modification time (JBake dates a page without a date by it; Asciidoctor's docdate);
 * - every file its includes looked for, found or not, nested ones too (recorded by ContentIncludes, the one place
 *   includes are resolved; they cannot leave content/);
 * - the context, one hash of: every JBake setting (jbake.properties, the pom's, the protocol values; Asciidoctor
 *   gets them all as attributes), every file under data/ (the protocol:: macro reads data/clinic-protocol.yaml)
 *   but the list of published addresses, which no conversion reads and the build itself extends, the messages
 *   files (templates/messages: the figures drawn during conversion take their words from them),
 *   every class and jar on the classpath (the site's own extensions, JBake, AsciidoctorJ), the Java version,
 *   SOURCE_DATE_EPOCH and today's date (Asciidoctor's localdate).
 * The one input left out is the time of day (Asciidoctor's localtime): no page or template shows it, which the
 * benchmark proves on every run (its bakes, converted or kept, give one checksum of target/site).
 * A conversion that failed, or gave no document, is never kept. Entries live in one folder per context; the four
 * used last are kept (the public build, the preview and the production build each have their own).
 */
final class ConversionCache {
    static final String FOLDER = "target/build-cache/asciidoc";
    private static final int CONTEXTS_KEPT = 4;
    private static final String ABSENT = "absent";

    private final Path dir;

    private ConversionCache(Path dir) {
        this.dir = dir;
    }

    /** The cache for bakes of `project` with `config`, on this JVM's classpath. */
    static ConversionCache of(Path project, JBakeConfiguration config) {
        MessageDigest context = sha256();
        update(context, "clinic.site conversion cache 1");
        TreeMap<String, String> settings = new TreeMap<>();
        for (Iterator<String> keys = config.getKeys(); keys.hasNext(); ) {
            String key = keys.next();
            // Not the JVM's own properties (sun.*, jdk.*), which no page reads and which some libraries set while they
            // load, on other threads (the PDF engine's sun.font.fontmanager): they would make the context of a build
            // depend on what else ran first (a flight recording's jdk.jfr.repository is new each run).
            if (!key.startsWith("sun.") && !key.startsWith("jdk.")) {
                settings.put(key, String.valueOf(config.get(key)));
            }
        }
        settings.forEach((key, value) -> update(context, key + "=" + value));
        update(context, "SOURCE_DATE_EPOCH " + System.getenv("SOURCE_DATE_EPOCH"));
        update(context, "today " + LocalDate.now());
        // Not data/published-urls.yaml: no conversion reads it, and a build that publishes new pages adds them to it
        // (NewPageUrls), which would make the next build convert every page again.
        FileTree.hashTree(context, project.resolve("data"), Set.of(Path.of(NewPageUrls.FILE).getFileName().toString()));
        // The messages: a figure's words around its data (headers, labels, what it says to a screen reader).
        FileTree.hashTree(context, project.resolve(Messages.FOLDER), Set.of());
        FileTree.hashClasspath(context);
        Path base = project.resolve(FOLDER);
        ConversionCache cache = new ConversionCache(base.resolve(HexFormat.of().formatHex(context.digest())));
        try {
            Files.createDirectories(cache.dir);
            Files.setLastModifiedTime(cache.dir, FileTime.fromMillis(System.currentTimeMillis()));
            forgetOldContexts(base);
        } catch (IOException e) {
            return null; // a folder that cannot be written: every page is converted, as without the cache
        }
        return cache;
    }

    /** The kept document for `file`, or null when there is none or one of its inputs changed. */
    DocumentModel get(File file) {
        Path entry = entry(file);
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(entry); ObjectInputStream objects = new ObjectInputStream(in)) {
            if (!fileKey(file.toPath()).equals(objects.readObject())) {
                return null;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> includes = (Map<String, String>) objects.readObject();
            for (Map.Entry<String, String> include : includes.entrySet()) {
                if (!include.getValue().equals(contentHash(Path.of(include.getKey())))) {
                    return null;
                }
            }
            return (DocumentModel) objects.readObject();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            return null; // unreadable (e.g. written by a build that stopped half-way): converted again
        }
    }

    /** Keeps `model`, converted from `file`, whose includes looked for `includes`. */
    void put(File file, DocumentModel model, Set<Path> includes) {
        Path entry = entry(file);
        Path partial = entry.resolveSibling(entry.getFileName() + "." + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(partial); ObjectOutputStream objects = new ObjectOutputStream(out)) {
                objects.writeObject(fileKey(file.toPath()));
                TreeMap<String, String> hashes = new TreeMap<>();
                for (Path include : new TreeSet<>(includes)) {
                    hashes.put(include.toString(), contentHash(include));
                }
                objects.writeObject(hashes);
                objects.writeObject(model);
            }
            Files.move(partial, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) { // e.g. a value that cannot be written: the page is converted again next time
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // a leftover .tmp file is never read
            }
        }
    }

    private Path entry(File file) {
        MessageDigest name = sha256();
        update(name, file.getAbsolutePath());
        return dir.resolve(HexFormat.of().formatHex(name.digest()) + ".bin");
    }

    private static String fileKey(Path file) throws IOException {
        return contentHash(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }

    private static String contentHash(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return ABSENT;
        }
        return HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(file)));
    }

    /** Deletes the folders of all but the contexts used last. */
    private static void forgetOldContexts(Path base) throws IOException {
        List<Path> contexts;
        try (Stream<Path> folders = Files.list(base)) {
            contexts = new ArrayList<>(folders.filter(Files::isDirectory).toList());
        }
        contexts.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
        for (Path old : contexts.subList(Math.min(CONTEXTS_KEPT, contexts.size()), contexts.size())) {
            try (Stream<Path> files = Files.walk(old)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void update(MessageDigest digest, String text) {
        FileTree.update(digest, text);
    }

    private static MessageDigest sha256() {
        return FileTree.sha256();
    }
}
