package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SiteStore answers as JBake 2.7's own store (OrientDB in memory) does: the same documents, in the same order, for
 * every query JBake's crawler, renderers and template model make, for documents added as the crawler adds them
 * (its walk's order), with and without dates, equal dates, drafts, tags, data files; after a file is changed (deleted
 * and added again, as the crawler does), deleted, or marked rendered (the preview's kept store); with paging.
 */
class SiteStoreTest {
    private static int generation;
    /** The source URIs in the order the crawler walks them (a changed file is crawled where it was). */
    private static final List<String> CRAWLED = new ArrayList<>();
    private ContentStore stock;
    private SiteStore ours;

    @BeforeEach
    void open() {
        System.setProperty("security.userPasswordSaltIterations", "1"); // OrientDB's admin password: not what is tested
        DocumentTypes.resetDocumentTypes();
        for (String type : List.of("page", "post", "article", "section", "data")) {
            DocumentTypes.addDocumentType(type);
        }
        CRAWLED.clear();
        stock = new ContentStore("memory", "site-store-test-" + (++generation));
        stock.startup();
        ours = new SiteStore();
        ours.startup();
        // In the crawler's order: depth first, each folder's names sorted ("a" before "a-b"; "index" after "b").
        add(doc("patients/a/index.adoc", "article", "published", null, "calm"));
        add(doc("patients/a-b/index.adoc", "article", "published", null));
        add(doc("patients/b/index.adoc", "article", "draft", null, "calm"));
        add(doc("patients/index.adoc", "section", "published", null));
        add(doc("physicians/x/index.adoc", "article", "published", new Date(1_000_000), "pain"));
        add(doc("physicians/y/index.adoc", "article", "published", new Date(3_000_000)));
        add(doc("physicians/z/index.adoc", "article", "published", new Date(1_000_000)));
        add(doc("news/one/index.adoc", "post", "published", new Date(5_000_000), "calm", "pain"));
        add(doc("news/two/index.adoc", "post", "published", new Date(5_000_000), "pain"));
        add(doc("news/three/index.adoc", "post", "draft", new Date(7_000_000), "calm"));
        add(doc("news/four/index.adoc", "post", "published", null));
        DocumentModel data = doc("clinic-protocol.yaml", "data", null, null);
        data.setRendered(true);
        data.remove("cached"); // the crawler sets none on a data file
        add(data);
    }

    @AfterEach
    void close() {
        stock.drop();
        stock.close();
        ours.forget();
    }

    private static DocumentModel doc(String source, String type, String status, Date date, String... tags) {
        DocumentModel d = new DocumentModel();
        d.setSourceUri(source);
        d.setUri(source.replace(".adoc", ".html"));
        d.setFile("/project/content/" + source);
        d.setType(type);
        if (status != null) {
            d.setStatus(status);
        }
        d.setSha1("sha-" + source);
        d.setRendered(false);
        d.setCached(true);
        d.setTitle("Title of " + source);
        d.setBody("<p>" + source + "</p>");
        if (date != null) {
            d.setDate(date);
        }
        d.setTags(tags);
        return d;
    }

    private void add(DocumentModel d) {
        CRAWLED.remove(d.getSourceuri());
        CRAWLED.add(d.getSourceuri());
        stock.addDocument(d);
        ours.addDocument(d);
    }

    /** A document as a comparable value: its fields, tags as a list (OrientDB hands them back as one). */
    private static Map<String, Object> fields(DocumentModel d) {
        Map<String, Object> fields = new TreeMap<>(d);
        fields.put("tags", Arrays.asList(d.getTags()));
        return fields;
    }

    private static List<Map<String, Object>> fields(List<DocumentModel> docs) {
        List<Map<String, Object>> all = new ArrayList<>();
        docs.forEach(d -> all.add(fields(d)));
        return all;
    }

    /**
     * The same documents with the same fields, newest first as JBake's store gives them; documents with equal dates (or
     * none) in the crawler's order. JBake's own store gives those in an order that depends on how OrientDB spread its
     * records over its clusters, one per core, so no other order can match it on every machine.
     */
    private void sameAnswers(String what, Function<ContentStore, List<DocumentModel>> query) {
        List<DocumentModel> expected = query.apply(stock);
        List<DocumentModel> actual = query.apply(ours);
        assertEquals(expected.stream().map(DocumentModel::getDate).toList(),
                actual.stream().map(DocumentModel::getDate).toList(), what + ": newest first");
        assertEquals(fields(inCrawlOrderWhenDatesAreEqual(expected)), fields(actual), what);
    }

    private static List<DocumentModel> inCrawlOrderWhenDatesAreEqual(List<DocumentModel> docs) {
        List<DocumentModel> sorted = new ArrayList<>(docs);
        sorted.sort(Comparator.comparing(DocumentModel::getDate, Comparator.nullsLast(Comparator.<Date>reverseOrder()))
                .thenComparing(d -> CRAWLED.indexOf(d.getSourceuri())));
        return sorted;
    }

    private void sameAnswersToEveryQuery() {
        for (String type : List.of("page", "post", "article", "section", "data")) {
            sameAnswers("all " + type, s -> s.getAllContent(type));
            sameAnswers("published " + type, s -> s.getPublishedContent(type));
            assertEquals(stock.getDocumentCount(type), ours.getDocumentCount(type), "count " + type);
            assertEquals(stock.getPublishedCount(type), ours.getPublishedCount(type), "published count " + type);
        }
        sameAnswers("published posts", ContentStore::getPublishedPosts);
        sameAnswers("published pages", ContentStore::getPublishedPages);
        for (String tag : List.of("calm", "pain", "none")) {
            sameAnswers("posts tagged " + tag, s -> s.getPublishedPostsByTag(tag));
            sameAnswers("documents tagged " + tag, s -> s.getPublishedDocumentsByTag(tag));
        }
        assertEquals(stock.getTags(), ours.getTags(), "tags of published posts");
        assertEquals(stock.getAllTags(), ours.getAllTags(), "tags of every published document");
        for (String source : List.of("patients/a/index.adoc", "news/one/index.adoc", "clinic-protocol.yaml", "gone.adoc")) {
            sameAnswers("status of " + source, s -> s.getDocumentStatus(source));
            sameAnswers("document " + source, s -> s.getDocumentByUri(source));
        }
    }

    @Test
    void answers_every_query_as_jbakes_own_store() {
        sameAnswersToEveryQuery();
        assertEquals(List.of("physicians/y/index.adoc", "physicians/x/index.adoc", "physicians/z/index.adoc",
                "patients/a/index.adoc", "patients/a-b/index.adoc", "patients/b/index.adoc"),
                ours.getAllContent("article").stream().map(DocumentModel::getSourceuri).toList(),
                "newest first, no date last, equal dates in the crawler's order");
    }

    @Test
    void answers_alike_after_a_file_changed_went_away_or_was_rendered() {
        stock.deleteContent("patients/a/index.adoc"); // the crawler, on a changed file: delete, then add the new one
        ours.deleteContent("patients/a/index.adoc");
        DocumentModel changed = doc("patients/a/index.adoc", "article", "published", null, "pain");
        changed.setSha1("sha-changed");
        stock.addDocument(changed);
        ours.addDocument(changed);
        stock.deleteContent("news/two/index.adoc");
        ours.deleteContent("news/two/index.adoc");
        for (String source : List.of("physicians/x/index.adoc", "news/one/index.adoc")) {
            DocumentModel rendered = stock.getDocumentByUri(source).get(0);
            stock.markContentAsRendered(rendered);
            ours.markContentAsRendered(rendered);
        }
        sameAnswersToEveryQuery();
    }

    @Test
    void pages_as_jbakes_own_store() {
        List<DocumentModel> posts = ours.getPublishedPosts(false);
        List<DocumentModel> articles = ours.getAllContent("article", false);
        for (int[] page : new int[][] {{0, 2}, {1, 2}, {2, 5}, {4, 10}}) {
            stock.setStart(page[0]);
            stock.setLimit(page[1]);
            ours.setStart(page[0]);
            ours.setLimit(page[1]);
            String what = " from " + page[0] + ", at most " + page[1];
            // A page may cut through documents of one date, which JBake's store orders by machine (see sameAnswers):
            // the dates on the page are JBake's, the documents those of the whole list at those places.
            for (var query : List.<Function<ContentStore, List<DocumentModel>>>of(s -> s.getPublishedPosts(true),
                    s -> s.getAllContent("article", true))) {
                assertEquals(query.apply(stock).stream().map(DocumentModel::getDate).toList(),
                        query.apply(ours).stream().map(DocumentModel::getDate).toList(), "dates" + what);
            }
            assertEquals(fields(page(posts, page[0], page[1])), fields(ours.getPublishedPosts(true)), "posts" + what);
            assertEquals(fields(page(articles, page[0], page[1])), fields(ours.getAllContent("article", true)),
                    "articles" + what);
        }
        stock.resetPagination();
        ours.resetPagination();
        sameAnswers("posts, paging reset", s -> s.getPublishedPosts(true));
    }

    private static List<DocumentModel> page(List<DocumentModel> all, int skip, int limit) {
        return all.stream().skip(skip).limit(limit).toList();
    }

    @Test
    void hands_out_copies_that_cannot_change_what_it_holds() {
        DocumentModel first = ours.getUnrenderedContent().get(0);
        first.put("title", "changed by a renderer");
        DocumentModel again = ours.getUnrenderedContent().get(0);
        assertNotSame(first, again);
        assertEquals("Title of " + first.getSourceuri(), again.getTitle());
        assertTrue(ours.getUnrenderedContent().stream().allMatch(d -> Boolean.TRUE.equals(d.getCached())),
                "data files are never rendered as pages");
    }
}
