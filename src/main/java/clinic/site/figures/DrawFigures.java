package clinic.site.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.Block;
import org.asciidoctor.ast.Cursor;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.asciidoc.ContentIncludes;
import clinic.site.asciidoc.PageLanguage;
import clinic.site.model.Messages;
import clinic.site.validation.Problem;

/**
 * Draws every figure a page placed with figure::NAME[] (FigureMacro), once Asciidoctor has read the whole page. Each
 * mistake (an unknown name; a missing, mistyped or unknown field in the figure's data) is logged as an error that
 * names its file and line, which the bake reports like any other problem (clinic.site.asciidoc.AsciidocLog,
 * clinic.site.validation.LogRules); the page is then not published.
 */
public class DrawFigures extends Treeprocessor {

    /** Every figure, by the name an article uses. */
    static final Map<String, Figure> FIGURES = new LinkedHashMap<>();

    static {
        for (Figure f : List.of(new InfusionTimeline(), new KetamineMechanism(), new EvidenceResponseChart(),
                new EvidenceTable(), new EvidencePatientSummary())) {
            FIGURES.put(f.name(), f);
        }
    }

    /** The names of all figures. */
    public static List<String> names() {
        return List.copyOf(FIGURES.keySet());
    }

    @Override
    public Document process(Document document) {
        List<Block> slots = new ArrayList<>();
        collect(document, slots);
        if (slots.isEmpty()) {
            return document;
        }
        Object docdir = document.getAttribute("docdir");
        Path content = docdir == null ? null : ContentIncludes.contentFolder(Path.of(docdir.toString()).toAbsolutePath().normalize());
        String page = AsciidocLog.currentPage();
        String language = PageLanguage.current(); // null: the page is in the site's language
        if (language != null) { // the figures' data (data/figures, data/evidence.yaml) is in the site's language
            for (Block slot : slots) {
                log(new LogRecord(Severity.ERROR, slot.getSourceLocation(), "figure::"
                        + slot.getAttribute(FigureMacro.FIGURE) + "[] cannot be drawn on a page in " + language
                        + ": its data under data/ is written in the site's language only. Remove the figure, or"
                        + " describe it in the page's own words."));
            }
            return document;
        }
        Messages messages = null;
        if (content != null) {
            try {
                messages = Messages.ofSite(content.getParent());
            } catch (RuntimeException e) { // no messages file: named at the page's first figure, and none is drawn
                log(new LogRecord(Severity.ERROR, slots.get(0).getSourceLocation(), e.getMessage()
                        + " (a figure's headers and labels too)."));
                return document;
            }
        }
        int count = 0;
        for (Block slot : slots) {
            String name = String.valueOf(slot.getAttribute(FigureMacro.FIGURE));
            Cursor where = slot.getSourceLocation();
            Figure figure = FIGURES.get(name);
            if (figure == null || content == null) {
                log(new LogRecord(Severity.ERROR, where, figure == null
                        ? "figure '" + name + "' does not exist. Known figures: " + String.join(", ", FIGURES.keySet())
                                + ". Check the name in figure::" + name + "[]."
                        : "figure::" + name + "[] is drawn only in the site's build (it reads data/figures/)."));
                continue;
            }
            List<Problem> problems = new ArrayList<>();
            PageContext context = new PageContext(content.getParent(), page == null ? "this page" : page,
                    document.getAttributes(), references(document), messages, problems);
            // Numbers the ids inside each figure, so they stay unique on the page.
            String html;
            try {
                html = figure.draw(context, "figure-" + ++count);
            } catch (Messages.Missing e) { // a word the figure needs is not in the messages file
                log(new LogRecord(Severity.ERROR, where, e.getMessage()));
                continue;
            }
            for (Problem p : problems) {
                log(new LogRecord(Severity.ERROR, new AsciidocLog.Place(p.file(), p.line()), p.message()));
            }
            // Asciidoctor drops a passthrough block's trailing empty lines (and line breaks): the blank line that
            // followed each figure drawn by the templates before issue 15 is gone, the only change to the pages.
            List<String> lines = Arrays.asList(html.split("\n"));
            slot.setLines(lines);
        }
        return document;
    }

    private static void collect(StructuralNode node, List<Block> slots) {
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof Block b && "pass".equals(b.getContext()) && b.hasAttribute(FigureMacro.FIGURE)) {
                slots.add(b);
            }
            collect(child, slots);
        }
    }

    /** The page's reference list: each citation id and its label as printed ("[Anand 2023]"). */
    private static Map<String, String> references(Document document) {
        Map<String, String> refs = new HashMap<>();
        for (Map.Entry<String, Object> e : document.getCatalog().getRefs().entrySet()) {
            if (e.getValue() instanceof PhraseNode anchor && "bibref".equals(anchor.getType())) {
                refs.put(e.getKey(), anchor.getText() == null ? "[" + e.getKey() + "]" : anchor.getText());
            }
        }
        return refs;
    }
}
