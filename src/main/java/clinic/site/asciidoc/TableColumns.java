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
 * A document may ask to keep the widths for paper (PRINT_WIDTHS).
 */
public class TableColumns extends Treeprocessor {

    /**
     * A document attribute: keep each table's column widths for paper as a class, app-print-cols-17-33-17-33 (its
     * percentages), of which the bake makes print.css rules (clinic.site.output.PrintColumns): a browser's print and the
     * referral PDF read them, and the page keeps no inline style. The printable form's partial sets it: a referrer
     * writes by hand in the answer columns, which equal widths made too narrow (form review S12, FORM-1).
     */
    public static final String PRINT_WIDTHS = "print-column-widths";
    public static final String PRINT_ROLE = "app-print-cols";

    @Override
    public Document process(Document document) {
        bareColumns(document);
        return document;
    }

    private static void bareColumns(StructuralNode node) {
        if (node instanceof Table table) {
            if (node.getDocument().hasAttribute(PRINT_WIDTHS)) {
                StringBuilder role = new StringBuilder(PRINT_ROLE);
                for (Column column : table.getColumns()) {
                    Object width = column.getAttribute("colpcwidth");
                    role.append('-').append(width == null ? 0 : Math.round(Double.parseDouble(width.toString())));
                }
                table.addRole(role.toString());
            }
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
