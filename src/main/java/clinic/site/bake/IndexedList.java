package clinic.site.bake;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jbake.app.DocumentList;
import org.jbake.model.DocumentModel;

/**
 * One type's documents, as JBake's DocumentList (a LinkedList), answering indexOf and get(i) in constant time while
 * the list is unchanged. JBake's DocumentsRenderer looks each rendered page up in its type's list (indexOf, then
 * get(i - 1) and get(i + 1)): on a LinkedList, a walk through the list per page, whose equals compares whole documents;
 * at 1,000 articles, a few per cent of the bake. The answers are the LinkedList's own: a document equal to another
 * has its source path, so the first document with that path is the first equal one, if it is equal; when it is not,
 * or the list was changed since, LinkedList answers.
 */
final class IndexedList extends DocumentList<DocumentModel> {
    private final List<DocumentModel> byIndex;
    private final Map<Object, Integer> firstIndex = new HashMap<>();
    private final int madeAt;

    IndexedList(List<DocumentModel> documents) {
        addAll(documents);
        byIndex = new ArrayList<>(documents);
        for (int i = byIndex.size() - 1; i >= 0; i--) { // the first of equal keys wins, as LinkedList.indexOf finds it
            firstIndex.put(byIndex.get(i).getSourceuri(), i);
        }
        madeAt = modCount;
    }

    @Override
    public int indexOf(Object o) {
        if (modCount == madeAt && o instanceof DocumentModel doc) {
            Integer i = firstIndex.get(doc.getSourceuri());
            if (i != null && byIndex.get(i).equals(doc)) {
                return i;
            }
        }
        return super.indexOf(o);
    }

    @Override
    public DocumentModel get(int index) {
        return modCount == madeAt ? byIndex.get(index) : super.get(index);
    }
}
