package clinic.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import clinic.site.model.Messages;

/**
 * The baked pages of one site: the real site's (BakedSite.folder()) or a fixture's. The checks that judge pages take
 * one, so the same check code runs over the real site and over a fixture baked by the real engine.
 *
 * @param root the folder the bake wrote
 * @param language the site's language (site.language), which the pages without their own lang are in
 */
public record SiteFolder(Path root, String language) {

    /** Parsed pages, shared by every folder: each test JVM reads each page once. */
    private static final Map<Path, Document> PARSED = new ConcurrentHashMap<>();

    /** Every file under the root. */
    public List<Path> files() {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file, redirect stubs included. */
    public List<Path> allHtml() {
        return files().stream().filter(p -> p.toString().endsWith(".html")).toList();
    }

    /** Every real page: all HTML files except the redirect stubs written at old addresses. */
    public List<Path> pages() {
        return allHtml().stream().filter(p -> !isRedirect(p)).toList();
    }

    /** The redirect stubs written at old addresses (clinic.site.output.Finish). */
    public List<Path> redirects() {
        return allHtml().stream().filter(this::isRedirect).toList();
    }

    private boolean isRedirect(Path page) {
        return parse(page).selectFirst("meta[http-equiv=refresh]") != null;
    }

    /** The site path a page is served at: "patients/x/index.html" is "/patients/x/". */
    public String sitePath(Path page) {
        String rel = root.relativize(page).toString().replace('\\', '/');
        return "/" + (rel.endsWith("index.html") ? rel.substring(0, rel.length() - "index.html".length()) : rel);
    }

    /** The baked file at a site path such as "/patients/". */
    public Path page(String sitePath) {
        String rel = sitePath.substring(1);
        return root.resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel);
    }

    public Document parse(Path page) {
        return PARSED.computeIfAbsent(page.toAbsolutePath(), p -> {
            try {
                return Jsoup.parse(Files.readString(p, StandardCharsets.UTF_8), "http://site.test" + sitePath(page));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A page's language, as its {@code <html lang>} declares it ("" when it declares none). */
    public String languageOf(Path page) {
        Element html = parse(page).selectFirst("html");
        return html == null ? "" : html.attr("lang");
    }

    /** Whether a page is in the site's language (es and es-US are one language, Messages.sameLanguage). */
    public boolean inSiteLanguage(Path page) {
        String lang = languageOf(page);
        return !lang.isBlank() && Messages.sameLanguage(lang, language);
    }

    /**
     * The pages that translate the page at `original` (translation_of): each lists its versions in
     * {@code <link rel="alternate" hreflang>}, the original among them (decision 0046). A translation is held to the
     * rules its original is held to, in its own language's words.
     */
    public List<Path> translationsOf(String original) {
        return pages().stream().filter(p -> !sitePath(p).equals(original) && !inSiteLanguage(p))
                .filter(p -> parse(p).select("link[rel=alternate][hreflang]").stream()
                        .anyMatch(l -> URI.create(l.attr("href")).getPath().equals(original)))
                .toList();
    }

    /** The page at `original` (when it exists) and every translation of it. */
    public List<Path> withTranslations(String original) {
        Path page = page(original);
        Stream<Path> own = Files.isRegularFile(page) ? Stream.of(page) : Stream.empty();
        return Stream.concat(own, translationsOf(original).stream()).toList();
    }
}
