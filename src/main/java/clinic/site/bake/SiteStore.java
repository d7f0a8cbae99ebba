package clinic.site.bake;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import clinic.site.content.Page;
import clinic.site.output.SearchIndex;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * JBake's content store, with three changes that leave the output byte-for-byte the same:
 * - Reads are answered once per bake. JBake renders each page after reading every document of its type, and the
 *   templates read every published document on each page: both cost the square of the page count (at 1,000
 *   articles, most of the bake). Any write forgets the answers; marking a page rendered is not a write that
 *   any page can see.
 * - It stays open from one preview bake to the next (JBake closes its store after each bake) and forgets
 *   documents whose file was deleted, so JBake's hash check converts only the files that changed.
 * - It hands every document to the renderer, not only those just converted, so each bake writes the whole site;
 *   or, when only the text of some articles changed (Preview.bodiesOnly), just those pages; the search index later.
 * It also keeps the search index's entries (clinic.site.output.SearchIndex) for as long as it lives.
 * Two more changes for speed, output unchanged: the store of a single bake does not mark pages rendered (an OrientDB
 * update per page, read only by the next bake's crawl, which a single bake never has), and the lists of a type are
 * IndexedLists, in which JBake's renderer finds each page's neighbours without a scan of the whole list.
 */
public final class SiteStore extends ContentStore {
    private static int generation;
    private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();
    private final Map<String, DocumentList<DocumentModel>> publishedByType = new HashMap<>();
    private boolean open;
    private Set<String> renderOnly;
    public final SearchIndex.Kept searchEntries = new SearchIndex.Kept();
    private Map<String, Page> pages = Map.of();
    private boolean renderSearchIndex = true;
    private FutureTask<Void> opening;
    private boolean oneBake;

    public SiteStore() {
        super("memory", "site" + (++generation));
    }

    /**
     * Marks the store of a single bake (the public build's): when every page's conversion is kept, JRuby is then never
     * started. A store that lives on (the preview's) has it started in the background instead, for the next save.
     */
    public void oneBakeOnly() {
        oneBake = true;
    }

    /** True for the store of a single bake (see oneBakeOnly). */
    boolean isOneBakeOnly() {
        return oneBake;
    }

    /**
     * Starts the in-memory database on a thread of its own, so that the bake reads its settings and checks the sources
     * meanwhile on the other core: OrientDB takes about 2 s of CPU to start, the longest single step of a bake whose
     * pages are kept converted (ConversionCache). JBake's startup() then waits for it.
     */
    public void openAhead() {
        if (!open && opening == null) {
            opening = new FutureTask<>(super::startup, null);
            Thread thread = new Thread(opening, "content-store-start");
            thread.setDaemon(true);
            thread.start();
        }
    }

    @Override
    public void startup() {
        if (!open && opening != null) {
            try {
                opening.get();
            } catch (ExecutionException e) { // as if JBake had started it on this thread
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while the content store started", e);
            }
            opening = null;
            open = true;
            super.getDocumentCount(DocumentTypes.getDocumentTypes()[0]); // OrientDB binds a database to a thread: this one now
            return;
        }
        if (!open) {
            super.startup();
            open = true;
            return;
        }
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel doc : getAllContent(type)) {
                if (doc.getFile() != null && !Files.exists(Path.of(doc.getFile()))) {
                    deleteContent(doc.getSourceuri());
                }
            }
        }
    }

    /** True until the first bake has started it: it holds no documents yet. */
    public boolean isNew() {
        return !open;
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String type) {
        return allByType.computeIfAbsent(type, t -> new IndexedList(super.getAllContent(t)));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        if (!oneBake) { // a kept store's next crawl converts again every page not marked (JBake's Crawler)
            super.markContentAsRendered(document);
        }
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String type) {
        return publishedByType.computeIfAbsent(type, super::getPublishedContent);
    }

    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> all = new DocumentList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            all.addAll(super.getAllContent(type)); // fresh copies: the renderer adds previous/next to each
        }
        all.removeIf(doc -> !Boolean.TRUE.equals(doc.get("cached"))); // data files: never pages
        if (renderOnly != null) {
            all.removeIf(doc -> !renderOnly.contains(doc.getFile()));
        }
        return all;
    }

    /** The files whose pages the next bake renders, and whether the search index too; null for every page. */
    public void renderOnly(Set<String> files, boolean searchIndex) {
        renderOnly = files;
        renderSearchIndex = files == null || searchIndex;
    }

    /**
     * The pages the validation rules read for this bake, by the path JBake gives their file: the site model
     * (clinic.site.model) is made of them rather than reading every file again.
     */
    public void pages(Map<String, Page> byFile) {
        pages = Map.copyOf(byFile);
    }

    /** The page the validation read from a file this bake, or null. */
    public Page page(String file) {
        return pages.get(file);
    }

    /** True when the next bake writes the search index (every whole bake, and a partial one that asks for it). */
    public boolean writesSearchIndex() {
        return renderSearchIndex;
    }

    @Override
    public void addDocument(DocumentModel document) {
        forgetAnswers();
        super.addDocument(document);
    }

    @Override
    public void deleteContent(String uri) {
        forgetAnswers();
        super.deleteContent(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        forgetAnswers();
        super.deleteAllByDocType(docType);
    }

    @Override
    public void close() {
        forgetAnswers(); // kept open for the next bake; see forget()
    }

    private void forgetAnswers() {
        allByType.clear();
        publishedByType.clear();
    }

    /** Closes the store for good (its memory database goes with it). */
    public void forget() {
        forgetAnswers();
        super.close();
    }
}
