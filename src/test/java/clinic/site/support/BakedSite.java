package clinic.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.nodes.Document;

import clinic.site.model.Messages;

/**
 * The site baked by the build into {@code target/site} (system property {@code site.dir}, set by surefire).
 * Parsed pages are cached, so every test class reads each page once.
 */
public final class BakedSite {

    private static SiteFolder folder;

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

    /** The baked site as a folder of pages, in the site's language: what the checks shared with fixtures take. */
    public static synchronized SiteFolder folder() {
        if (folder == null) {
            try {
                folder = new SiteFolder(root(), Messages.siteLanguage(project()));
            } catch (IOException e) {
                throw new UncheckedIOException("jbake.properties cannot be read", e);
            }
        }
        return folder;
    }

    /** Every file in the baked site. */
    public static List<Path> files() {
        return folder().files();
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
        return folder().allHtml();
    }

    /** Every real HTML page: all HTML files except the redirect stubs written at old URLs. */
    public static List<Path> pages() {
        return folder().pages();
    }

    /** The redirect stubs written at old URLs (clinic.site.output.Finish). */
    public static List<Path> redirects() {
        return folder().redirects();
    }

    /** The site path a page is served at: "patients/x/index.html" is "/patients/x/". */
    public static String sitePath(Path page) {
        return folder().sitePath(page);
    }

    /** The baked page at a site path such as "/patients/". */
    public static Path page(String sitePath) {
        return folder().page(sitePath);
    }

    public static Document parse(Path page) {
        return folder().parse(page);
    }
}
