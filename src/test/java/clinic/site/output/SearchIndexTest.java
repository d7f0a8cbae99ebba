package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

import clinic.site.model.SearchWords;

/** One page's search entry, from its converted HTML: what a reader can find and what the snippet shows. */
class SearchIndexTest {

    private static DocumentModel page(String uri, String body) {
        DocumentModel doc = new DocumentModel();
        doc.setUri(uri);
        doc.setTitle("Esketamine & you");
        doc.put("description", "What the nasal spray is.");
        doc.setBody(body);
        return doc;
    }

    @Test
    void text_is_what_a_browser_shows_without_citation_markers_or_references() {
        SearchIndex.Entry e = SearchIndex.entry(page("patients/x/index.html", """
                <div id="preamble"><p>It&#8217;s <em>not</em> a cure <a href="#smith2020">[Smith 2020]</a>.</p></div>
                <div class="sect1"><h2 id="how-it-works">How it &amp; works</h2><div class="sectionbody"><p>Slowly.</p></div></div>
                <div class="sect1"><h2 id="references">References</h2><div class="sectionbody"><p>Smith 2020.</p></div></div>
                """), new SearchIndex.Matcher(List.of(new SearchWords.Synonym("esketamine", List.of("spravato")),
                new SearchWords.Synonym("slow", List.of("gradual")))));
        assertEquals("It’s not a cure. Slowly.", e.text());
        assertEquals(List.of("How it & works"), e.headings());
        assertEquals(List.of("esketamine", "spravato"), e.titleKeywords());
        assertEquals(List.of("slow", "gradual"), e.bodyKeywords());
        assertEquals("/patients/x/", e.url());
        assertEquals("patients", e.audience());
        assertEquals("For patients", e.section());
    }

    @Test
    void a_long_opening_is_cut_at_a_word() {
        assertEquals("one two…", SearchIndex.excerpt("one two three", 9));
        assertEquals("one two", SearchIndex.excerpt("one two", 9));
    }
}
