package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jbake.app.Renderer;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.template.RenderingException;
import org.junit.jupiter.api.Test;

/**
 * The pages are written side by side, every one of them even when some fail, and the failures are reported as JBake
 * reports them, in the store's order; only pages that were written are marked rendered, after all are done.
 */
class ParallelDocumentsRendererTest {

    @Test
    void every_page_is_written_side_by_side_and_each_failure_is_reported_in_order() throws Exception {
        DocumentTypes.resetDocumentTypes();
        DocumentTypes.addDocumentType("article");
        SiteStore store = new SiteStore(); // a kept store (the preview's): it marks pages rendered
        store.startup();
        List<String> names = List.of("a", "broken-1", "b", "c", "broken-2", "d");
        for (String name : names) {
            store.addDocument(page(name));
        }
        Set<Long> threads = ConcurrentHashMap.newKeySet();
        List<String> written = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch together = new CountDownLatch(2); // two pages being written at the same moment
        boolean[] sideBySide = {false};
        Renderer renderer = new Renderer(store, null, null) {
            @Override
            public void render(DocumentModel page) throws Exception {
                threads.add(Thread.currentThread().getId());
                together.countDown();
                if (together.await(5, TimeUnit.SECONDS)) {
                    sideBySide[0] = true;
                }
                if (page.getTitle().startsWith("broken")) {
                    throw new Exception("Failed to render file " + page.getTitle() + ". Cause: a template error");
                }
                written.add(page.getTitle());
            }
        };

        RenderingException e = assertThrows(RenderingException.class,
                () -> new ParallelDocumentsRenderer().render(renderer, store, null));

        assertEquals("Failed to render documents. Cause(s):\nFailed to render file broken-1. Cause: a template error\n"
                + "Failed to render file broken-2. Cause: a template error", e.getMessage());
        assertEquals(Set.of("a", "b", "c", "d"), Set.copyOf(written), "the other pages are still written");
        if (Runtime.getRuntime().availableProcessors() > 1) {
            assertTrue(sideBySide[0] && threads.size() > 1, "the pages were written one at a time: " + threads);
        }
        for (String name : names) {
            boolean marked = Boolean.TRUE.equals(store.getDocumentByUri("patients/" + name + "/index.adoc").get(0).getRendered());
            assertEquals(!name.startsWith("broken"), marked, name + ": marked rendered only when written");
        }
    }

    private static DocumentModel page(String name) {
        DocumentModel d = new DocumentModel();
        d.setSourceUri("patients/" + name + "/index.adoc");
        d.setUri("patients/" + name + "/index.html");
        d.setFile("/project/content/patients/" + name + "/index.adoc");
        d.setType("article");
        d.setStatus("published");
        d.setSha1("sha-" + name);
        d.setRendered(false);
        d.setCached(true);
        d.setTitle(name);
        return d;
    }
}
