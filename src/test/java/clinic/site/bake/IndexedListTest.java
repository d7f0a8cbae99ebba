package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.Test;

/**
 * IndexedList answers indexOf and get(i) as JBake's LinkedList does, for every document, for an equal copy (the
 * renderer looks up a fresh copy), for a document that is not there, for two documents with one source path, and
 * after the list was changed (its index then no longer used).
 */
class IndexedListTest {

    private static DocumentModel doc(String source, String title) {
        DocumentModel d = new DocumentModel();
        d.setSourceUri(source);
        d.setTitle(title);
        return d;
    }

    private static DocumentModel copy(DocumentModel d) {
        DocumentModel c = new DocumentModel();
        c.putAll(d);
        return c;
    }

    private final List<DocumentModel> docs = List.of(doc("a.adoc", "A"), doc("b.adoc", "B"), doc("c.adoc", "C1"),
            doc("c.adoc", "C2"), doc("d.adoc", "D"));

    private static void sameAnswers(List<DocumentModel> stock, IndexedList indexed, List<DocumentModel> asked) {
        for (DocumentModel d : asked) {
            assertEquals(stock.indexOf(d), indexed.indexOf(d), "indexOf " + d.getTitle());
            assertEquals(stock.indexOf(copy(d)), indexed.indexOf(copy(d)), "indexOf an equal copy of " + d.getTitle());
        }
        for (int i = 0; i < stock.size(); i++) {
            assertEquals(stock.get(i), indexed.get(i), "get " + i);
        }
    }

    @Test
    void every_answer_is_the_linked_lists() {
        List<DocumentModel> asked = new ArrayList<>(docs);
        asked.add(doc("c.adoc", "neither C")); // a source path in the list, but no document equal to it
        asked.add(doc("z.adoc", "Z")); // not in the list
        sameAnswers(new LinkedList<>(docs), new IndexedList(docs), asked);
        assertEquals(3, new IndexedList(docs).indexOf(copy(docs.get(3))), "the second document of one source path");
    }

    @Test
    void a_changed_list_answers_as_changed() {
        LinkedList<DocumentModel> stock = new LinkedList<>(docs);
        IndexedList indexed = new IndexedList(docs);
        stock.remove(0);
        indexed.remove(0);
        stock.addFirst(doc("e.adoc", "E"));
        indexed.addFirst(doc("e.adoc", "E"));
        sameAnswers(stock, indexed, stock);
        assertEquals(-1, indexed.indexOf(docs.get(0)), "the removed document is not found at its old place");
    }
}
