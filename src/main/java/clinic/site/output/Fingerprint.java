package clinic.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import clinic.site.files.FileTree;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;

/**
 * Content-hashed names for the site's own CSS and JavaScript (decision 0019): /css/site.css becomes
 * /css/site.3f9a2c1e07.css, named by the first 10 hex digits of the SHA-256 of its bytes, and every page that links it
 * is rewritten to the new name. A name that changes whenever the bytes change lets hosts cache these files for a year
 * (deploy/nginx, assets/_headers) while pages stay revalidated. The vendored library under /js/vendor/ keeps its name:
 * its folder already carries its version.
 * <p>
 * A site script that names another site script (an import of "/js/x.js") is renamed after it, with the reference
 * rewritten first, so its own hash covers the new name. Site scripts must name each other by root path.
 */
public final class Fingerprint {

    /** Hex digits of the hash kept in the name: 40 bits, no realistic chance of two versions sharing one. */
    static final int HASH_DIGITS = 10;

    private Fingerprint() {
    }

    /** Renames the site's CSS and JS to hashed names and rewrites the references; returns old path to new path. */
    public static Map<String, String> fingerprint(Path site) throws IOException {
        return fingerprint(site, null);
    }

    /**
     * As fingerprint(site), keeping each rewritten page in `kept` (a folder; null for none) by the hash of its bytes,
     * the new names and the code (FileTree.hashClasspath): a page whose bytes and names are as in the last build is
     * copied from there instead of parsed and written again by jsoup (at 1,000 articles, seconds of every build). What
     * the last build did not use is deleted from the folder.
     */
    public static Map<String, String> fingerprint(Path site, Path kept) throws IOException {
        Map<String, String> renamed = new LinkedHashMap<>();
        List<Path> scripts = assets(site, "js", ".js");
        // Scripts that import other site scripts go after them; a script left waiting means a cycle of imports.
        while (!scripts.isEmpty()) {
            Path ready = scripts.stream().filter(s -> namesNoneOf(site, s, scripts)).findFirst().orElseThrow(() ->
                    new IllegalStateException("These scripts import each other in a circle, so none can be named by "
                            + "its content first: " + scripts.stream().map(s -> sitePath(site, s)).toList()));
            String text = Files.readString(ready, StandardCharsets.UTF_8);
            String rewritten = text;
            for (Map.Entry<String, String> e : renamed.entrySet()) {
                rewritten = rewritten.replace("'" + e.getKey() + "'", "'" + e.getValue() + "'")
                        .replace("\"" + e.getKey() + "\"", "\"" + e.getValue() + "\"");
            }
            if (!rewritten.equals(text)) {
                Files.writeString(ready, rewritten, StandardCharsets.UTF_8);
            }
            renamed.put(sitePath(site, ready), sitePath(site, rename(ready)));
            scripts.remove(ready);
        }
        for (Path css : assets(site, "css", ".css")) {
            renamed.put(sitePath(site, css), sitePath(site, rename(css)));
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        int rewritten = 0;
        if (kept == null) {
            for (Path page : pages) {
                rewritten += rewritePage(page, renamed) ? 1 : 0;
            }
        } else {
            rewritten = rewritePages(pages, renamed, kept);
        }
        System.out.println("Site: " + renamed.size() + " CSS and JS file(s) renamed by content hash, " + rewritten + " page(s) rewritten");
        return renamed;
    }

    /** rewritePage for each page, with the pages kept in `kept`; returns how many pages changed. */
    private static int rewritePages(List<Path> pages, Map<String, String> renamed, Path kept) throws IOException {
        MessageDigest context = FileTree.sha256();
        FileTree.update(context, "fingerprinted pages 1");
        renamed.forEach((from, to) -> FileTree.update(context, from + " " + to));
        FileTree.hashClasspath(context);
        Files.createDirectories(kept);
        Set<String> used = new HashSet<>();
        int rewritten = 0;
        for (Path page : pages) {
            byte[] bytes = Files.readAllBytes(page);
            String key = HexFormat.of().formatHex(FileTree.copy(context).digest(bytes));
            used.add(key + ".html");
            Path copy = kept.resolve(key + ".html");
            Path unchanged = kept.resolve(key + ".same");
            if (Files.isRegularFile(copy)) {
                Files.copy(copy, page, StandardCopyOption.REPLACE_EXISTING);
                rewritten++;
            } else if (Files.exists(unchanged)) {
                used.add(key + ".same");
            } else if (rewritePage(page, renamed)) {
                Files.copy(page, copy, StandardCopyOption.REPLACE_EXISTING);
                rewritten++;
            } else {
                Files.createFile(unchanged);
                used.add(key + ".same");
            }
        }
        try (Stream<Path> files = Files.list(kept)) {
            for (Path old : files.filter(f -> !used.contains(f.getFileName().toString())).toList()) {
                Files.deleteIfExists(old);
            }
        }
        return rewritten;
    }

    /** The files under site/folder with this extension, outside /js/vendor/, in a stable order. */
    static List<Path> assets(Path site, String folder, String extension) throws IOException {
        Path dir = site.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return new ArrayList<>();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            // A file named by an earlier bake into the same folder (name.HASH.ext) is not named again.
            return files.filter(f -> f.toString().endsWith(extension) && !f.startsWith(site.resolve("js/vendor"))
                            && !f.getFileName().toString().matches(".*\\.[0-9a-f]{" + HASH_DIGITS + "}\\.[a-z]+"))
                    .sorted().collect(Collectors.toCollection(ArrayList::new));
        }
    }

    /** True when the script names none of the other scripts still waiting for their hashed names. */
    private static boolean namesNoneOf(Path site, Path script, List<Path> waiting) {
        try {
            String text = Files.readString(script, StandardCharsets.UTF_8);
            return waiting.stream().filter(other -> !other.equals(script))
                    .noneMatch(other -> text.contains("'" + sitePath(site, other) + "'") || text.contains("\"" + sitePath(site, other) + "\""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves name.ext to name.HASH.ext beside it; returns the new file. */
    static Path rename(Path file) throws IOException {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Path hashed = file.resolveSibling(name.substring(0, dot) + "." + hash(Files.readAllBytes(file)) + name.substring(dot));
        // The same name means the same bytes: an earlier bake's copy may be replaced.
        return Files.move(file, hashed, StandardCopyOption.REPLACE_EXISTING);
    }

    static String hash(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, HASH_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /**
     * Points a page's stylesheet links and scripts at the hashed names; true if the page changed. Parsed and written by
     * jsoup, keeping the case of names (SVG's viewBox) and the page's own line breaks.
     */
    static boolean rewritePage(Path page, Map<String, String> renamed) throws IOException {
        Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8), "",
                Parser.htmlParser().settings(ParseSettings.preserveCase));
        boolean changed = false;
        for (Element el : doc.select("link[href], script[src]")) {
            String attribute = el.hasAttr("href") ? "href" : "src";
            String target = renamed.get(el.attr(attribute));
            if (target != null) {
                el.attr(attribute, target);
                changed = true;
            }
        }
        if (changed) {
            doc.outputSettings().prettyPrint(false);
            Files.writeString(page, doc.outerHtml(), StandardCharsets.UTF_8);
        }
        return changed;
    }

    private static String sitePath(Path site, Path file) {
        return "/" + site.relativize(file).toString().replace('\\', '/');
    }
}
