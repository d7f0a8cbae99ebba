package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search entries kept in target/build-cache/search-index.json from one bake to the next are used only while what
 * they were made of is unchanged: a page's text, title or description, and the synonyms. Each bake's index is the
 * one a bake with nothing kept writes.
 */
class SearchIndexKeptIT {
    @TempDir
    Path project;
    private final List<DocumentModel> pages = new ArrayList<>();

    /** A content store that holds `pages` as published articles, without starting JBake's database. */
    private final ContentStore store = new ContentStore("memory", "search-kept-test") {
        @Override
        public DocumentList<DocumentModel> getPublishedContent(String type) {
            DocumentList<DocumentModel> list = new DocumentList<>();
            if (type.equals("article")) {
                list.addAll(pages);
            }
            return list;
        }
    };

    private static DocumentModel page(String uri, String text) {
        DocumentModel doc = new DocumentModel();
        doc.setUri(uri);
        doc.setTitle("Title of " + uri);
        doc.put("description", "About " + uri);
        doc.setBody("<div class=\"sect1\"><h2 id=\"a\">A</h2><div class=\"sectionbody\"><p>" + text + "</p></div></div>");
        return doc;
    }

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("jbake.properties"), "site.language=en-US\n");
        synonyms("esketamine", "spravato");
        pages.add(page("patients/a/index.html", "Esketamine is a nasal spray."));
        pages.add(page("patients/b/index.html", "Ketamine is given by infusion."));
    }

    private void synonyms(String term, String word) throws IOException {
        Files.writeString(project.resolve("data/search-synonyms.yaml"),
                "synonyms:\n  - term: " + term + "\n    words: [" + word + "]\n");
    }

    /** The index a bake writes with a new store (as every build has), and checks it is the one written with nothing kept. */
    private String bake() throws IOException {
        Path out = Files.createTempDirectory(project, "site");
        SearchIndex.write(project, out, store, new SearchIndex.Kept());
        String index = Files.readString(out.resolve(SearchIndex.FILE));
        Path fresh = Files.createTempDirectory(project, "fresh");
        Files.move(project.resolve(SearchIndex.KEPT_FILE), project.resolve("kept.json"));
        SearchIndex.write(project, fresh, store, new SearchIndex.Kept());
        Files.move(project.resolve("kept.json"), project.resolve(SearchIndex.KEPT_FILE),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(Files.readString(fresh.resolve(SearchIndex.FILE)), index, "the index a bake with nothing kept writes");
        return index;
    }

    @Test
    void kept_entries_are_used_only_while_their_page_and_the_synonyms_are_unchanged() throws IOException {
        String first = bake();
        assertTrue(Files.isRegularFile(project.resolve(SearchIndex.KEPT_FILE)), "the entries are kept for the next bake");
        assertEquals(first, bake(), "nothing changed");

        pages.set(0, page("patients/a/index.html", "Esketamine is a nasal spray, taken at the clinic."));
        String newText = bake();
        assertTrue(newText.contains("taken at the clinic"), "a changed text is in the index at once");

        pages.get(1).setTitle("Ketamine infusions");
        assertTrue(bake().contains("Ketamine infusions"), "a changed title too");

        synonyms("infusion", "drip");
        String newSynonyms = bake();
        assertTrue(newSynonyms.contains("\"drip\""), "new synonyms make new keywords on unchanged pages");
        assertFalse(newSynonyms.contains("spravato"), "and the old synonyms' keywords go");
    }
}
