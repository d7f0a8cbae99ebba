package clinic.site.preview;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.bake.SiteStore;
import clinic.site.files.FileTree;
import clinic.site.output.SearchIndex;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

/**
 * What the preview serves after saves that changed only an article's text (the loop's bodies-only bakes, which
 * render that page alone, and the search index written on its own once the editor pauses) is byte for byte what a
 * fresh preview bake of the same files makes, with nothing kept: no page, no index entry, no checked source or body
 * goes stale. The preview's steps are run here as its loop runs them (Preview.run), in this JVM.
 */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class PreviewSavesIT {
    private static final int PORT = 8820;

    @TempDir
    Path dir;

    @Test
    void after_saves_of_an_articles_text_the_preview_serves_what_a_fresh_bake_makes() throws Exception {
        Path project = dir.resolve("project");
        Path work = Files.createDirectories(dir.resolve("work"));
        new FixtureSite(project).withMinimalHome()
                .write("patients/first/index.adoc", article("First article"))
                .write("patients/second/index.adoc", article("Second article", "order=20", "related=/patients/first/"));
        AtomicReference<List<String>> problems = new AtomicReference<>(List.of());
        SiteStore store = new SiteStore();
        Path served = Preview.previewBake(project, work, PORT, store, problems);
        assertEquals(List.of(), problems.get());
        assertTrue(Files.isDirectory(project.resolve("target/build-cache")), "the bake kept its work");
        String indexBefore = Files.readString(served.resolve(SearchIndex.FILE));

        Path first = project.resolve("content/patients/first/index.adoc");
        for (String words : List.of("Zanzibar plain text.", "Quetzal plain text.")) {
            Files.writeString(first, Files.readString(first).replaceFirst("(Some|Zanzibar) plain text\\.", words));
            store.renderOnly(Set.of(first.toString()), false);
            Preview.bakeIntoServed(project, work, PORT, store, served, problems);
            assertEquals(List.of(), problems.get());
            assertTrue(Files.readString(served.resolve("patients/first/index.html")).contains(words), "the page at once");
        }
        assertEquals(indexBefore, Files.readString(served.resolve(SearchIndex.FILE)), "the index waits for a pause");
        Preview.searchIndexIntoServed(project, work, store, served);
        assertTrue(Files.readString(served.resolve(SearchIndex.FILE)).contains("Quetzal"), "then has the new text");

        // The same files in a new folder: no kept conversion, index entry, checked source or body can be found there.
        Path copy = dir.resolve("copy");
        FileTree.copyTree(project, copy);
        FileTree.delete(copy.resolve("target"));
        SiteStore nothingKept = new SiteStore();
        Path fresh = Preview.previewBake(copy, work, PORT, nothingKept, problems);
        assertEquals(List.of(), problems.get());
        Map<String, String> expected = files(fresh);
        Map<String, String> actual = files(served);
        assertEquals(expected.keySet(), actual.keySet(), "the same files");
        for (String file : expected.keySet()) {
            assertEquals(expected.get(file), actual.get(file), file);
        }
        store.forget();
        nothingKept.forget();
    }

    /** Every file of a site by its path in it, as text (the PDF as its bytes' hash code). */
    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                files.put(site.relativize(file).toString(), file.toString().endsWith(".pdf")
                        ? "pdf " + java.util.Arrays.hashCode(bytes) : new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
