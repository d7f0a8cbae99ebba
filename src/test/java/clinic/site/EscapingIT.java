package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

/** A hostile front-matter value is text wherever the templates print it, never markup. */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class EscapingIT {

    static final String HOSTILE_TITLE = "Side effects <script>alert('title')</script> & \"more\"";
    static final String HOSTILE_DESCRIPTION = "\"><script>alert('description')</script>";

    @TempDir
    static Path dir;
    static FixtureSite.Result result;
    static String html;

    @BeforeAll
    static void bake() {
        result = new FixtureSite(dir)
                .withMinimalHome()
                .write("patients/hostile/index.adoc", """
                        title=%s
                        description=%s
                        type=page
                        status=published
                        ~~~~~~
                        Body text.
                        """.formatted(HOSTILE_TITLE, HOSTILE_DESCRIPTION))
                .write("news/hostile/index.adoc", """
                        title=%s
                        description=%s
                        type=post
                        status=published
                        published=2026-11-24
                        author=%s
                        ~~~~~~
                        Body text.
                        """.formatted(HOSTILE_TITLE, HOSTILE_DESCRIPTION, HOSTILE_TITLE))
                .bake();
        html = result.read("patients/hostile/index.html");
    }

    @Test
    void the_fixture_bakes_without_errors() {
        assertTrue(result.errors().isEmpty(), result.allErrors());
    }

    @Test
    void no_script_element_is_injected() {
        assertFalse(html.contains("<script>"), "raw <script> in the page:\n" + html);
        Document doc = Jsoup.parse(html);
        // The only script element is the JSON-LD data block, and it holds no "<" at all.
        assertTrue(doc.select("script:not([type=application/ld+json])").isEmpty(), "script elements: " + doc.select("script"));
        assertFalse(doc.selectFirst("script[type=application/ld+json]").data().contains("<"), "a '<' inside JSON-LD");
    }

    @Test
    void the_title_renders_as_the_same_text_in_h1_title_and_breadcrumb() {
        Document doc = Jsoup.parse(html);
        assertEquals(HOSTILE_TITLE, doc.selectFirst("h1").text());
        assertTrue(doc.title().startsWith(HOSTILE_TITLE), doc.title());
        assertEquals(HOSTILE_TITLE, doc.selectFirst(".app-breadcrumbs__item--current").text());
        assertEquals(HOSTILE_TITLE, doc.selectFirst("meta[property=og:title]").attr("content"));
    }

    @Test
    void the_json_ld_stays_valid_and_holds_the_same_text() throws Exception {
        Document doc = Jsoup.parse(html);
        var graph = StructuredDataTest.graph(doc);
        assertEquals(HOSTILE_TITLE, graph.get(0).get("name").asText());
        assertEquals(HOSTILE_DESCRIPTION, graph.get(0).get("description").asText());
        assertFalse(doc.selectFirst("script[type=application/ld+json]").data().contains("</script"), "JSON-LD can close its element");
    }

    @Test
    void the_feed_stays_well_formed_and_holds_the_same_text() throws Exception {
        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(result.output().resolve("news/feed.xml").toFile());
        var entry = (org.w3c.dom.Element) feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0);
        assertEquals(HOSTILE_TITLE, entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title").item(0).getTextContent());
        assertEquals(HOSTILE_DESCRIPTION, entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "summary").item(0).getTextContent());
        assertEquals(HOSTILE_TITLE, ((org.w3c.dom.Element) entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "author").item(0)).getTextContent().trim());
    }

    @Test
    void the_description_stays_inside_its_attribute() {
        Document doc = Jsoup.parse(html);
        assertEquals(HOSTILE_DESCRIPTION, doc.selectFirst("meta[name=description]").attr("content"));
        assertEquals(HOSTILE_DESCRIPTION, doc.selectFirst("meta[property=og:description]").attr("content"));
    }
}
