package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * Tables with more than one level of headers (a column header plus a rowgroup header, as in the physicians' evidence
 * table): every cell names all its headers with `headers`, so assistive technology does not have to guess how far a
 * rowgroup header reaches (WCAG 1.3.1, technique H43). Expected headers are worked out from the table's shape: the
 * column's header in thead, the rowgroup header of the cell's tbody, and its row's header.
 */
class TableHeadersTest {

    @Test
    void every_cell_of_a_table_with_grouped_rows_names_its_column_group_and_row_headers() {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        int cells = 0;
        for (Path page : BakedSite.pages()) {
            for (Element table : BakedSite.parse(page).select("table:has(th[scope=rowgroup])")) {
                tables++;
                String where = BakedSite.sitePath(page) + " table " + table.attr("data-figure");
                for (Element cell : table.select("tbody td, tbody th[scope=row]")) {
                    cells++;
                    Set<String> expected = expectedHeaders(table, cell);
                    Set<String> named = new LinkedHashSet<>(List.of(cell.attr("headers").trim().split("\\s+")));
                    named.remove("");
                    if (!named.equals(expected)) {
                        problems.add(where + ": cell \"" + cell.text() + "\" names headers " + named + ", expected " + expected);
                    }
                    for (String id : named) {
                        if (table.selectFirst("th[id=" + id + "]") == null) {
                            problems.add(where + ": cell \"" + cell.text() + "\" names header " + id + ", which is not a th of this table");
                        }
                    }
                }
            }
        }
        System.out.println("table headers: " + cells + " cells in " + tables + " table(s) with grouped rows checked");
        assertTrue(tables >= 1 && cells >= 20, "the evidence table (grouped rows) was not found: " + tables + " tables, " + cells + " cells");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_check_notices_a_cell_without_its_group_header() {
        Element table = Jsoup.parse("""
                <table><thead><tr><th id="c1">Study</th><th id="c2">N</th></tr></thead>
                <tbody><tr><th scope="rowgroup" colspan="2" id="g1">Depression</th></tr>
                <tr><th scope="row" id="r1" headers="c1 g1">Zarate</th><td headers="c2 r1">18</td></tr></tbody></table>
                """).selectFirst("table");
        Element cell = table.selectFirst("td");
        assertEquals(Set.of("c2", "g1", "r1"), expectedHeaders(table, cell));
        assertTrue(!expectedHeaders(table, cell).equals(Set.of(cell.attr("headers").split(" "))), "a missing group header went unnoticed");
    }

    /** The ids a cell should name: its column's header, its tbody's rowgroup header, its row's header (not itself). */
    static Set<String> expectedHeaders(Element table, Element cell) {
        Set<String> ids = new LinkedHashSet<>();
        Element columnHeader = table.select("thead tr").last().children().get(cell.elementSiblingIndex());
        ids.add(columnHeader.id());
        Element group = cell.closest("tbody").selectFirst("th[scope=rowgroup]");
        if (group != null) {
            ids.add(group.id());
        }
        Element rowHeader = cell.parent().selectFirst("th[scope=row]");
        if (rowHeader != null && rowHeader != cell) {
            ids.add(rowHeader.id());
        }
        return ids;
    }
}
