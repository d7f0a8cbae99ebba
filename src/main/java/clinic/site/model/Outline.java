package clinic.site.model;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The level-2 sections of a page, for the article's "On this page" list: each `==` section's id and its heading as
 * Asciidoctor wrote it. The sections are found by an HTML parser (the `<h2 id>` that opens each `<div class="sect1">`)
 * and each heading's inner HTML is cut from the page by the positions the parser read it at, so it stays exactly as
 * Asciidoctor wrote it (entities and all). Worked out from the page's HTML, so any engine that bakes the page, stock
 * JBake included, gives the same list.
 */
public final class Outline {
    /** One section: its id (the link target) and the inner HTML of its heading. */
    public record Heading(String id, String html) {
    }

    private Outline() {
    }

    /** The sections of a page's body HTML, in page order. */
    public static List<Heading> of(String body) {
        Document page = Parser.htmlParser().setTrackPosition(true).parseInput(body, "");
        List<Heading> headings = new ArrayList<>();
        for (Element h2 : page.select("div.sect1 > h2[id]")) {
            int start = h2.sourceRange().endPos(); // after <h2 id="...">
            int end = h2.endSourceRange().startPos(); // before </h2>
            if (start >= 0 && end >= start) {
                headings.add(new Heading(h2.id(), body.substring(start, end)));
            }
        }
        return headings;
    }
}
