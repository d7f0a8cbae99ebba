package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * Every link and resource reference in the baked site, sorted by kind and checked its own way
 * (after Nokee's HtmlLinkTester): same-page anchors, site paths (file and #fragment), tel/mailto, https.
 */
class LinksTest {

    @Test
    void every_internal_link_and_fragment_resolves() {
        List<String> broken = new ArrayList<>();
        for (Path page : BakedSite.allHtml()) {
            Document doc = BakedSite.parse(page);
            for (Element el : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                String problem = problem(page, doc, ref);
                if (problem != null) {
                    broken.add(BakedSite.sitePath(page) + ": " + ref + " (" + problem + ")");
                }
            }
        }
        assertTrue(broken.isEmpty(), broken.size() + " broken link(s):\n" + String.join("\n", broken));
    }

    @Test
    void external_links_use_https_and_open_no_window_handle() {
        List<String> bad = new ArrayList<>();
        for (Path page : BakedSite.allHtml()) {
            for (Element a : BakedSite.parse(page).select("a[href^=http]")) {
                if (!a.attr("href").startsWith("https://")) {
                    bad.add(BakedSite.sitePath(page) + ": " + a.attr("href") + " is not https");
                }
                if (a.hasAttr("target") && !a.attr("rel").contains("noopener")) {
                    bad.add(BakedSite.sitePath(page) + ": " + a.attr("href") + " opens a window without rel=noopener");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static String problem(Path page, Document doc, String ref) {
        if (ref.isBlank()) {
            return "empty reference";
        }
        if (ref.startsWith("#")) {
            return hasAnchor(doc, ref.substring(1)) ? null : "no element with this id on the page";
        }
        URI uri;
        try {
            uri = URI.create(ref);
        } catch (IllegalArgumentException e) {
            return "not a valid URL";
        }
        String scheme = uri.getScheme();
        if (scheme != null) {
            return switch (scheme) {
                case "https", "http" -> null; // checked by the https test; outside sites may not break the build
                case "tel" -> ref.matches("tel:\\+?[0-9]{3,15}") ? null : "tel: link with characters other than digits";
                case "sms" -> ref.matches("sms:[0-9]{3,15}") ? null : "sms: link with characters other than digits";
                case "mailto" -> ref.matches("mailto:[^@\\s]+@[^@\\s]+") ? null : "malformed mailto";
                default -> "unexpected scheme " + scheme;
            };
        }
        if (uri.getHost() != null) {
            return "protocol-relative link to another host";
        }
        String sitePath = URI.create("http://site.test" + BakedSite.sitePath(page)).resolve(uri).getPath();
        Path target = BakedSite.page(sitePath);
        if (!Files.isRegularFile(target)) {
            return "no file " + BakedSite.root().relativize(target);
        }
        String fragment = uri.getFragment();
        if (fragment != null && target.toString().endsWith(".html") && !hasAnchor(BakedSite.parse(target), fragment)) {
            return "no #" + fragment + " in " + sitePath;
        }
        return null;
    }

    private static boolean hasAnchor(Document doc, String id) {
        return doc.getElementById(id) != null || !doc.select("a[name=" + id + "]").isEmpty();
    }
}
