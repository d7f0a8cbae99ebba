package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import clinic.site.support.BakedSite;

/** The baked output as a whole: nothing empty, nothing half-rendered, no drafts, an honest sitemap. */
class OutputTest {

    @Test
    void no_output_file_is_empty() {
        // JBake writes a 0-byte file and still succeeds when a template is missing or unregistered.
        List<String> empty = BakedSite.files().stream().filter(p -> size(p) == 0).map(Path::toString).toList();
        assertTrue(empty.isEmpty(), "empty output files: " + empty);
    }

    @Test
    void no_page_contains_an_unresolved_asciidoc_directive() throws IOException {
        // A missing include:: leaves "Unresolved directive" in the page and the bake still succeeds.
        List<String> bad = BakedSite.pages().stream()
                .filter(p -> read(p).contains("Unresolved directive"))
                .map(BakedSite::sitePath).toList();
        assertTrue(bad.isEmpty(), "pages with an unresolved include: " + bad);
    }

    @Test
    void no_draft_reaches_the_public_output() {
        List<String> drafts = BakedSite.files().stream()
                .filter(p -> p.getFileName().toString().contains("-draft.") || read(p).contains("app-draft-banner\""))
                .map(Path::toString).toList();
        assertTrue(drafts.isEmpty(), "drafts in the public build: " + drafts);
    }

    @Test
    void the_sitemap_lists_exactly_the_published_pages() throws Exception {
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(BakedSite.root().resolve("sitemap.xml").toFile());
        NodeList locs = xml.getElementsByTagName("loc");
        Set<String> listed = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            listed.add(locs.item(i).getTextContent().replaceFirst("^https?://[^/]+", ""));
        }
        Set<String> pages = BakedSite.pages().stream()
                .map(BakedSite::sitePath)
                .filter(p -> !p.equals("/404.html"))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(pages, listed, "sitemap.xml and the baked pages differ");
    }

    @Test
    void robots_txt_points_at_the_sitemap() {
        String robots = read(BakedSite.root().resolve("robots.txt"));
        assertTrue(robots.contains("User-agent: *") && robots.matches("(?s).*Sitemap: https?://[^\\s]+/sitemap\\.xml.*"), robots);
    }

    @Test
    void the_stylesheet_and_favicons_are_served_from_the_site() {
        for (Path f : List.of(BakedSite.stylesheet(), BakedSite.root().resolve("favicon.svg"), BakedSite.root().resolve("favicon.ico"))) {
            assertTrue(size(f) > 100, f + " is missing or tiny");
        }
        String css = read(BakedSite.stylesheet());
        assertTrue(css.contains(".app-care-card") && css.contains("prefers-color-scheme:dark"),
                "site.css lacks the care card or the dark scheme");
    }

    @Test
    void every_page_links_the_print_rules_for_paper_only() {
        Set<String> printSheets = new TreeSet<>();
        for (Path page : BakedSite.pages()) {
            var links = BakedSite.parse(page).select("link[rel=stylesheet][href*=/css/print.]");
            assertEquals(1, links.size(), BakedSite.sitePath(page) + " links the print stylesheet once");
            assertEquals("print", links.attr("media"), BakedSite.sitePath(page) + ": the print rules are for paper only,"
                    + " so that the browser does not wait for them before it draws the page");
            printSheets.add(links.attr("href"));
        }
        assertEquals(1, printSheets.size(), "one print stylesheet: " + printSheets);
        String print = read(BakedSite.root().resolve(printSheets.iterator().next().substring(1)));
        assertTrue(print.contains("@media print") && print.contains(".app-nav"), "the print rules hide the navigation");
    }

    @Test
    void the_404_page_exists_and_is_not_indexed() {
        String html = read(BakedSite.root().resolve("404.html"));
        assertTrue(html.contains("Page not found") && html.contains("name=\"robots\" content=\"noindex\""), "404.html");
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            return -1;
        }
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
