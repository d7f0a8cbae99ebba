package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import clinic.site.support.BakedSite;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;
import clinic.site.support.SiteProgram;

/** Drafts, news, the Atom feed and permanent URLs: what an editor publishes, and what stays put. */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class PublishingIT {

    @Test
    void a_draft_is_previewed_with_a_banner_and_never_published(@TempDir Path dir) throws Exception {
        FixtureSite.Result result = new FixtureSite(dir)
                .withMinimalHome()
                .write("patients/work-in-progress/index.adoc", article("Work in progress zebrafinch", "status=draft"))
                .bake();
        assertTrue(result.errors().isEmpty(), result.allErrors());
        // The preview (JBake itself) renders the draft, marked and kept out of search engines and listings.
        String draft = result.read("patients/work-in-progress/index-draft.html");
        assertTrue(draft.contains("app-draft-banner") && draft.contains("<meta name=\"robots\" content=\"noindex\">"), "no banner/noindex");
        assertFalse(result.read("sitemap.xml").contains("work-in-progress"), "draft in the sitemap");
        // Listed on its section page in the preview only (PreviewTest), never in a bake that may be published.
        assertFalse(result.read("patients/index.html").contains("zebrafinch"), "draft listed on the section page");
        // The public build's last step removes it.
        Process finish = SiteProgram.command("finish", dir.toString(), result.output().toString(), "http://localhost:8820")
                .redirectErrorStream(true).start();
        String log = new String(finish.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, finish.waitFor(), log);
        assertFalse(Files.exists(result.output().resolve("patients/work-in-progress/index-draft.html")), log);
        assertFalse(Files.exists(result.output().resolve("patients/work-in-progress")), "the draft's empty folder is left");
        assertTrue(log.contains("removed 1 draft"), log);
    }

    @Test
    void the_news_page_lists_posts_newest_first_and_home_shows_the_latest_three() {
        var news = BakedSite.parse(BakedSite.page("/news/")).select(".app-news-list__item time").eachAttr("datetime");
        assertTrue(news.size() >= 3, "expected at least 3 posts, found " + news.size());
        List<String> sorted = new ArrayList<>(news);
        sorted.sort(java.util.Comparator.reverseOrder());
        assertEquals(sorted, news, "posts are not newest first");
        assertEquals(3, BakedSite.parse(BakedSite.page("/")).select(".app-home-news .app-news-list__item").size());
    }

    @Test
    void the_atom_feed_is_valid_rfc_4287() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var feed = factory.newDocumentBuilder().parse(BakedSite.root().resolve("news/feed.xml").toFile()).getDocumentElement();
        String atom = "http://www.w3.org/2005/Atom";
        assertEquals("feed", feed.getLocalName());
        assertEquals(atom, feed.getNamespaceURI());
        for (String required : List.of("id", "title", "updated", "author")) {
            assertTrue(child(feed, required) != null, "feed has no <" + required + ">");
        }
        assertTrue(feed.getElementsByTagNameNS(atom, "link").getLength() >= 2, "feed needs self and alternate links");
        NodeList entries = feed.getElementsByTagNameNS(atom, "entry");
        assertTrue(entries.getLength() >= 3, "too few entries");
        Set<String> ids = new TreeSet<>();
        for (int i = 0; i < entries.getLength(); i++) {
            Element e = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated", "link")) {
                assertTrue(child(e, required) != null, "entry " + i + " has no <" + required + ">");
            }
            String updated = child(e, "updated").getTextContent();
            assertTrue(updated.matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})"), "not an RFC 3339 date: " + updated);
            assertTrue(ids.add(child(e, "id").getTextContent()), "duplicate entry id");
            String href = child(e, "link").getAttribute("href").replaceFirst("^https?://[^/]+", "");
            assertTrue(Files.isRegularFile(BakedSite.page(href)), "entry links to a missing page: " + href);
        }
    }

    @Test
    void every_published_page_is_in_the_permanent_url_list() throws Exception {
        String list = Files.readString(BakedSite.project().resolve("data/published-urls.yaml"), StandardCharsets.UTF_8);
        List<String> missing = BakedSite.pages().stream().map(BakedSite::sitePath)
                .filter(p -> !p.equals("/404.html"))
                .filter(p -> !list.contains("\n- " + p + "\n")).toList();
        assertTrue(missing.isEmpty(), "add these lines to data/published-urls.yaml (never remove a line):\n"
                + String.join("\n", missing.stream().map(p -> "- " + p).toList()));
    }

    @Test
    void an_old_url_redirects_for_real_hosts_and_for_github_pages() throws Exception {
        String rules = Files.readString(BakedSite.root().resolve("_redirects"), StandardCharsets.UTF_8);
        assertTrue(rules.contains("/patients/what-to-expect/ /patients/during-your-infusion/ 301"), rules);
        var stub = Jsoup.parse(BakedSite.page("/patients/what-to-expect/").toFile());
        assertEquals("0; url=/patients/during-your-infusion/", stub.selectFirst("meta[http-equiv=refresh]").attr("content"));
        assertTrue(stub.selectFirst("link[rel=canonical]").attr("href").endsWith("/patients/during-your-infusion/"));
        assertTrue(stub.selectFirst("a[href=/patients/during-your-infusion/]") != null, "no plain link to the new page");
    }

    private static Element child(Element parent, String name) {
        NodeList list = parent.getElementsByTagNameNS("http://www.w3.org/2005/Atom", name);
        for (int i = 0; i < list.getLength(); i++) {
            if (list.item(i).getParentNode() == parent) {
                return (Element) list.item(i);
            }
        }
        return null;
    }
}
