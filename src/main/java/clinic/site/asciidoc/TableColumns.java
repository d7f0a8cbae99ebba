package clinic.site.asciidoc;

import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.Column;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.ast.Table;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Tables without inline column widths. For `[cols="2,3"]` Asciidoctor's HTML converter writes
 * `<col style="width: 40%;">`, which the site's Content-Security-Policy (no inline styles) makes browsers ignore and
 * report; for a column with the autowidth option it writes a bare `<col>`. So every column gets that option once the
 * page is read: the widths were already worked out by then, and nothing but the converter reads the option again. The
 * table keeps its own class (`stretch`, full width), which only the table's autowidth option would change.
 */
public class TableColumns extends Treeprocessor {

    @Override
    public Document process(Document document) {
        bareColumns(document);
        return document;
    }

    private static void bareColumns(StructuralNode node) {
        if (node instanceof Table table) {
            for (Column column : table.getColumns()) {
                column.setAttribute("autowidth-option", "", true);
            }
            // A cell written in AsciiDoc (a|) holds a document of its own, which may hold tables too.
            for (Row row : table.getBody()) {
                for (Cell cell : row.getCells()) {
                    if ("asciidoc".equals(cell.getStyle()) && cell.getInnerDocument() != null) {
                        bareColumns(cell.getInnerDocument());
                    }
                }
            }
        }
        for (StructuralNode child : node.getBlocks()) {
            bareColumns(child);
        }
    }
}
