package clinic.site.bake;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.render.RenderingTool;
import org.jbake.template.RenderingException;

/**
 * Writes every page the store hands out, on every core: JBake's own documents renderer writes them one at a time
 * (at 1,000 articles, about 3 s on one of two cores while the other waits). Each page is written as JBake writes it
 * (Renderer.render: its template, its file, draft or published), through a store (SiteStore) and templates that only
 * read while pages are written. A page that fails is reported as JBake reports it ("Failed to render documents.
 * Cause(s):" and each failure's message, in the store's order) and the others are still written; the store marks the
 * written pages rendered afterwards, on this thread, so no page is marked while another is being read.
 *
 * Unlike JBake's renderer it does not give each page its post neighbours (previousContent, nextContent): no template
 * of the site reads them (TemplateConventionsTest), and finding them was a walk of the page's type per page.
 */
final class ParallelDocumentsRenderer implements RenderingTool {
    private static final ExecutorService POOL = EveryCore.pool("render");

    @Override
    public int render(Renderer renderer, ContentStore store, JBakeConfiguration config) throws RenderingException {
        List<DocumentModel> pages = store.getUnrenderedContent();
        List<CompletableFuture<String>> written = new ArrayList<>(); // null when written, else why not
        for (DocumentModel page : pages) {
            written.add(CompletableFuture.supplyAsync(() -> {
                try {
                    renderer.render(page);
                    return null;
                } catch (Exception e) {
                    return e.getMessage();
                }
            }, POOL));
        }
        List<String> failures = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < pages.size(); i++) {
            String failure = written.get(i).join();
            if (failure == null) {
                store.markContentAsRendered(pages.get(i));
                count++;
            } else {
                failures.add(failure);
            }
        }
        if (!failures.isEmpty()) {
            throw new RenderingException("Failed to render documents. Cause(s):\n" + String.join("\n", failures));
        }
        return count;
    }

    /** JBake's older signature: the same (neither reads the configuration). */
    @Override
    public int render(Renderer renderer, ContentStore store, File destination, File templatesPath,
            CompositeConfiguration config) throws RenderingException {
        return render(renderer, store, (JBakeConfiguration) null);
    }
}
