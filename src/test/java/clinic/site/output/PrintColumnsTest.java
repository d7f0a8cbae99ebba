package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * The column widths kept for paper (clinic.site.asciidoc.TableColumns' class app-print-cols-33-67) become print rules:
 * a fixed table layout and each column's percentage. No bake; PhysicianSectionIT measures them in a browser's print
 * and in the referral PDF.
 */
class PrintColumnsTest {

    @Test
    void the_width_classes_of_the_pages_tables_are_found_once_each_in_order() {
        Set<String> found = PrintColumns.classes(List.of(
                "<table class=\"tableblock stretch app-print-cols-33-67\"><tr><td>a</td></tr></table>",
                "<table class=\"tableblock app-print-cols-25-25-25-25\"></table><table class=\"app-print-cols-33-67\"></table>",
                "<p class=\"app-print-cols-50-50\">not a table</p><table class=\"app-print-cols-wide\"></table>",
                "<table class=\"tableblock stretch\"></table>"));
        assertEquals(List.of("app-print-cols-25-25-25-25", "app-print-cols-33-67"), List.copyOf(found));
    }

    @Test
    void each_class_gets_a_fixed_layout_and_its_columns_percentages_for_print_only() {
        String css = PrintColumns.rules(Set.of("app-print-cols-33-67"));
        assertTrue(css.startsWith("@media print {"), css);
        assertTrue(css.contains("table.app-print-cols-33-67 { table-layout: fixed; }"), css);
        assertTrue(css.contains("table.app-print-cols-33-67 > colgroup > col:nth-child(1) { width: 33%; }"), css);
        assertTrue(css.contains("table.app-print-cols-33-67 > colgroup > col:nth-child(2) { width: 67%; }"), css);
        assertEquals("", PrintColumns.rules(Set.of()), "no page keeps widths: print.css gets nothing");
    }
}
