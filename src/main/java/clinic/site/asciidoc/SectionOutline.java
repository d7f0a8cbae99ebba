package clinic.site.asciidoc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * The level-2 headings of a page (its `==` sections), for the article's "On this page" list: each section's id and
 * its title as Asciidoctor writes it in the `<h2>` (already converted HTML, escaped), taken from the document Asciidoctor
 * read rather than searched for in the HTML it wrote. Recorded for the conversion that runs inside `recording`, on
 * the same thread (clinic.site.bake.AheadParser keeps the list with the page, in the conversion cache too).
 */
public class SectionOutline extends Treeprocessor {
    /** The model field that holds a page's outline: a list of {id, html}. */
    public static final String FIELD = "outline";

    private static final ThreadLocal<List<Map<String, String>>> RECORDING = new ThreadLocal<>();

    /** Runs one conversion and adds its level-2 sections to `into`, in page order. */
    public static <T> T recording(List<Map<String, String>> into, Supplier<T> conversion) {
        RECORDING.set(into);
        try {
            return conversion.get();
        } finally {
            RECORDING.remove();
        }
    }

    @Override
    public Document process(Document document) {
        List<Map<String, String>> into = RECORDING.get();
        if (into != null) {
            for (StructuralNode block : document.getBlocks()) {
                if (block instanceof Section section && section.getLevel() == 1 && section.getId() != null) {
                    Map<String, String> heading = new LinkedHashMap<>();
                    heading.put("id", section.getId());
                    heading.put("html", section.getTitle());
                    into.add(heading);
                }
            }
        }
        return document;
    }
}
