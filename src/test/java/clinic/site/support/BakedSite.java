package clinic.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The site baked by the build into {@code target/site} (system property {@code site.dir}, set by surefire).
 * Parsed pages are cached, so every test class reads each page once.
 */
public final class BakedSite {

    private static final Map<Path, Document> CACHE = new ConcurrentHashMap<>();

    private BakedSite() {
    }

    /** The baked site's root folder; fails loudly if the bake has not run. */
    public static Path root() {
        Path root = Path.of(System.getProperty("site.dir", "target/site"));
        if (!Files.isRegularFile(root.resolve("index.html"))) {
            throw new IllegalStateException("No baked site at " + root.toAbsolutePath() + ": run `mvn verify`, which bakes first.");
        }
        return root;
    }

    /** The project folder (for reading content/ and templates/). */
    public static Path project() {
        return Path.of(System.getProperty("project.dir", "."));
    }

    /** Every file in the baked site. */
    public static List<Path> files() {
        try (Stream<Path> s = Files.walk(root())) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The site's one stylesheet, /css/site.&lt;hash&gt;.css (clinic.site.output.Fingerprint names it by content): the
     * file the home page links, which must be the only one in /css/.
     */
    public static Path stylesheet() {
        String href = parse(page("/")).selectFirst("link[rel=stylesheet]").attr("href");
        if (!href.matches("/css/site\\.[0-9a-f]{10}\\.css")) {
            throw new IllegalStateException("The home page links " + href + ", not a content-hashed /css/site.<hash>.css");
        }
        return root().resolve(href.substring(1));
    }

    /** Every HTML file in the baked site, redirect stubs included. */
    public static List<Path> allHtml() {
        return files().stream().filter(p -> p.toString().endsWith(".html")).toList();
    }

    /** Every real HTML page: all HTML files except the redirect stubs written at old URLs. */
    public static List<Path> pages() {
        return allHtml().stream().filter(p -> !isRedirect(p)).toList();
    }

    /** The redirect stubs written at old URLs (clinic.site.output.Finish). */
    public static List<Path> redirects() {
        return allHtml().stream().filter(BakedSite::isRedirect).toList();
    }

    private static boolean isRedirect(Path page) {
        return parse(page).selectFirst("meta[http-equiv=refresh]") != null;
    }

    /** The site path a page is served at: "patients/x/index.html" is "/patients/x/". */
    public static String sitePath(Path page) {
        String rel = root().relativize(page).toString().replace('\\', '/');
        return "/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
    }

    /** The baked page at a site path such as "/patients/". */
    public static Path page(String sitePath) {
        String rel = sitePath.substring(1);
        return root().resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
    }

    public static Document parse(Path page) {
        return CACHE.computeIfAbsent(page.toAbsolutePath(), p -> {
            try {
                return Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), "http://site.test" + sitePath(page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
