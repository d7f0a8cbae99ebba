package clinic.site.bake;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import clinic.site.content.Page;
import clinic.site.output.SearchIndex;

import org.jbake.app.ContentStore;
import org.jbake.app.DocumentList;
import org.jbake.app.FileUtil;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.model.ModelAttributes;

/**
 * JBake's content store, held in plain Java collections instead of JBake's in-memory OrientDB database (decision
 * 0037). It answers every query JBake's crawler, renderers and template model make as JBake 2.7's SQL does: the same
 * filters, "order by date desc", a fresh copy of each document per answer (the renderer adds previous/next to the
 * copies it renders). Documents with equal dates (or none, as every page of this site) come in the order the crawler
 * walks the content folder; JBake's own store gives them in an order that depends on how OrientDB spread its records
 * over its clusters, one per core (SiteStoreTest). OrientDB cost about 2 s of CPU to start, the longest single step of a bake
 * whose pages are kept converted, and a SQL query per file crawled and per page rendered.
 * Beyond JBake's store:
 * - Reads are answered once per bake. JBake renders each page after reading every document of its type, and the
 *   templates read every published document on each page: both cost the square of the page count. Any write forgets
 *   the answers; marking a page rendered is not a write that any page can see.
 * - It stays open from one preview bake to the next (JBake closes its store after each bake) and forgets documents
 *   whose file was deleted, so JBake's hash check converts only the files that changed.
 * - It hands every document to the renderer, not only those just converted, so each bake writes the whole site; or,
 *   when only the text of some articles changed (Preview.bodiesOnly), just those pages; the search index later.
 * - The store of a single bake (the public build's) does not mark pages rendered: only the next crawl of the same
 *   store reads the mark, which a single bake never has.
 * - The lists of a type are IndexedLists, in which JBake's renderer finds each page's neighbours without a scan.
 * It also keeps the search index's entries (clinic.site.output.SearchIndex) for as long as it lives.
 */
public final class SiteStore extends ContentStore {
    /** JBake's "order by date desc": newest first, no date last; then the crawler's order (see crawlOrder). */
    private static final Comparator<DocumentModel> ORDER = Comparator
            .comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()))
            .thenComparing(doc -> String.valueOf(doc.getSourceuri()), SiteStore::crawlOrder);

    /** Every document (pages and data files), by source URI. */
    private final Map<String, DocumentModel> documents = new HashMap<>();
    // Answers kept for the bake; pages are written on every core (ParallelDocumentsRenderer), and their templates read.
    private final Map<String, DocumentList<DocumentModel>> allByType = new ConcurrentHashMap<>();
    private final Map<String, DocumentList<DocumentModel>> publishedByType = new ConcurrentHashMap<>();
    private String templatesSignature;
    private boolean open;
    private Set<String> renderOnly;
    public final SearchIndex.Kept searchEntries = new SearchIndex.Kept();
    private Map<String, Page> pages = Map.of();
    private boolean renderSearchIndex = true;
    private boolean oneBake;

    public SiteStore() {
        super("memory", "site");
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

    @Override
    public void startup() {
        if (!open) {
            open = true;
            return;
        }
        for (DocumentModel doc : List.copyOf(documents.values())) {
            if (doc.getFile() != null && !Files.exists(Path.of(doc.getFile()))) {
                deleteContent(doc.getSourceuri());
            }
        }
    }

    /** True until the first bake has started it: it holds no documents yet. */
    public boolean isNew() {
        return !open;
    }

    @Override
    public boolean isActive() {
        return open;
    }

    @Override
    public void addDocument(DocumentModel document) {
        forgetAnswers();
        documents.put(document.getSourceuri(), copy(document));
    }

    @Override
    public void deleteContent(String uri) {
        forgetAnswers();
        documents.remove(uri);
    }

    @Override
    public void deleteAllByDocType(String docType) {
        forgetAnswers();
        documents.values().removeIf(doc -> docType.equals(doc.getType()));
    }

    @Override
    public void markContentAsRendered(DocumentModel document) {
        if (oneBake) {
            return; // only a kept store's next crawl reads the mark: it converts again every page not marked
        }
        DocumentModel kept = documents.get(document.getSourceuri());
        if (kept != null && document.getType().equals(kept.getType()) && Boolean.TRUE.equals(kept.getCached())) {
            kept.setRendered(true);
        }
    }

    /**
     * JBake's check that the templates did not change since the last bake of this store: if they did (or JBake is told
     * to clear its cache), every document is dropped, and the crawl reads every file again.
     */
    @Override
    public void updateAndClearCacheIfNeeded(boolean needed, File templateFolder) {
        String signature;
        try {
            signature = FileUtil.sha1(templateFolder);
        } catch (Exception e) {
            signature = "";
        }
        boolean changed = !signature.equals(templatesSignature);
        templatesSignature = signature;
        if (needed || changed) {
            for (String type : DocumentTypes.getDocumentTypes()) {
                deleteAllByDocType(type);
            }
        }
    }

    @Override
    public long getDocumentCount(String docType) {
        return documents.values().stream().filter(ofType(docType)).count();
    }

    @Override
    public long getPublishedCount(String docType) {
        return documents.values().stream().filter(ofType(docType).and(SiteStore::published)).count();
    }

    @Override
    public DocumentList<DocumentModel> getDocumentByUri(String uri) {
        return answer(doc -> uri.equals(doc.getSourceuri()), false);
    }

    @Override
    public DocumentList<DocumentModel> getDocumentStatus(String uri) {
        DocumentList<DocumentModel> status = new DocumentList<>();
        DocumentModel doc = documents.get(uri);
        if (doc != null) { // JBake's query selects these two fields alone
            DocumentModel fields = new DocumentModel();
            fields.put(ModelAttributes.SHA1, doc.get(ModelAttributes.SHA1));
            fields.put(ModelAttributes.RENDERED, doc.get(ModelAttributes.RENDERED));
            status.add(fields);
        }
        return status;
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String type) {
        return allByType.computeIfAbsent(type, t -> new IndexedList(answer(ofType(t), false)));
    }

    @Override
    public DocumentList<DocumentModel> getAllContent(String type, boolean applyPaging) {
        return answer(ofType(type), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedContent(String type) {
        return publishedByType.computeIfAbsent(type, t -> answer(ofType(t).and(SiteStore::published), false));
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts() {
        return getPublishedContent("post");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPosts(boolean applyPaging) {
        return answer(ofType("post").and(SiteStore::published), applyPaging);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPages() {
        return getPublishedContent("page");
    }

    @Override
    public DocumentList<DocumentModel> getPublishedPostsByTag(String tag) {
        return answer(ofType("post").and(SiteStore::published).and(tagged(tag)), false);
    }

    @Override
    public DocumentList<DocumentModel> getPublishedDocumentsByTag(String tag) {
        DocumentList<DocumentModel> documentsByTag = new DocumentList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            documentsByTag.addAll(answer(ofType(type).and(SiteStore::published).and(tagged(tag)), false));
        }
        return documentsByTag;
    }

    @Override
    public Set<String> getTags() {
        return tagsOf(ofType("post").and(SiteStore::published));
    }

    @Override
    public Set<String> getAllTags() {
        Set<String> tags = new HashSet<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            tags.addAll(tagsOf(ofType(type).and(SiteStore::published)));
        }
        return tags;
    }

    /**
     * Every page the renderer is to write, type by type: each page (not a data file), a fresh copy; or only the
     * renderOnly pages. JBake asks for those not yet rendered, which in a kept store would be only the changed files.
     */
    @Override
    public DocumentList<DocumentModel> getUnrenderedContent() {
        DocumentList<DocumentModel> all = new DocumentList<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            all.addAll(answer(ofType(type).and(doc -> Boolean.TRUE.equals(doc.getCached())
                    && (renderOnly == null || renderOnly.contains(doc.getFile()))), false));
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
    public void close() {
        forgetAnswers(); // kept for the next bake; see forget()
    }

    @Override
    public void shutdown() {
        // nothing runs
    }

    @Override
    public void drop() {
        forget();
    }

    /** Empties the store for good. */
    public void forget() {
        forgetAnswers();
        documents.clear();
        open = false;
    }

    private void forgetAnswers() {
        allByType.clear();
        publishedByType.clear();
    }

    /** The documents that match, in JBake's order, each a fresh copy; with paging, the page JBake set (setStart). */
    private DocumentList<DocumentModel> answer(Predicate<DocumentModel> match, boolean applyPaging) {
        List<DocumentModel> found = new ArrayList<>();
        for (DocumentModel doc : documents.values()) {
            if (match.test(doc)) {
                found.add(doc);
            }
        }
        found.sort(ORDER);
        if (applyPaging && getStart() >= 0 && getLimit() > -1) {
            int from = (int) Math.min(getStart(), found.size());
            found = found.subList(from, (int) Math.min(from + getLimit(), found.size()));
        }
        DocumentList<DocumentModel> answer = new DocumentList<>();
        found.forEach(doc -> answer.add(copy(doc)));
        return answer;
    }

    private Set<String> tagsOf(Predicate<DocumentModel> match) {
        Set<String> tags = new HashSet<>();
        for (DocumentModel doc : documents.values()) {
            if (match.test(doc)) {
                Collections.addAll(tags, doc.getTags());
            }
        }
        return tags;
    }

    private static Predicate<DocumentModel> ofType(String type) {
        return doc -> type.equals(doc.getType());
    }

    private static boolean published(DocumentModel doc) {
        return ModelAttributes.Status.PUBLISHED.equals(doc.getStatus());
    }

    private static Predicate<DocumentModel> tagged(String tag) {
        return doc -> Arrays.asList(doc.getTags()).contains(tag);
    }

    private static DocumentModel copy(DocumentModel doc) {
        DocumentModel copy = new DocumentModel();
        copy.putAll(doc);
        return copy;
    }

    /**
     * The order in which JBake's crawler walks the content folder, and so adds documents: depth first, each folder's
     * entries sorted by name. Comparing paths name by name gives it ("a/x" before "a-b/x", which a plain string
     * comparison puts the other way round).
     */
    static int crawlOrder(String a, String b) {
        String[] as = a.split("/", -1);
        String[] bs = b.split("/", -1);
        for (int i = 0; i < Math.min(as.length, bs.length); i++) {
            int c = as[i].compareTo(bs[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(as.length, bs.length);
    }
}
