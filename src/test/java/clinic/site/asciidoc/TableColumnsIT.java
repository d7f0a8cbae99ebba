package clinic.site.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.junit.jupiter.api.Test;

import clinic.site.support.SharedAsciidoctor;

/**
 * Tables without inline widths (TableColumns): Asciidoctor with the site's extensions (registered for every
 * Asciidoctor, AsciidocExtensions) writes a bare <col> for every column, nested tables too, and keeps the table's
 * full width. No bake.
 */
class TableColumnsIT {
    static final Asciidoctor asciidoctor = SharedAsciidoctor.get();

    @Test
    void a_table_has_bare_columns_so_the_page_has_no_inline_style_and_keeps_its_full_width() {
        String html = asciidoctor.convert("""
                [cols="1,3",options="header"]
                |===
                | Dose | Effect
                | a | b
                |===

                [cols="2,2"]
                |===
                a|
                [cols="3,1"]
                !===
                ! nested ! table
                !===
                | x
                |===
                """, Options.builder().build());
        assertFalse(html.contains("style="), html);
        assertEquals(6, html.split("<col>", -1).length - 1, html);
        assertTrue(html.contains("class=\"tableblock frame-all grid-all stretch\""), html);
    }

    /**
     * A document that keeps its widths for paper (the referral form: print-column-widths) gives each table a class with
     * its column percentages, for paper (clinic.site.output.PrintColumns makes print.css rules of it); its page still has no inline style. Without the
     * attribute no table gets one (above).
     */
    @Test
    void a_document_for_paper_keeps_its_column_widths_as_a_class() {
        String html = asciidoctor.convert("""
                :print-column-widths:

                [cols="1,3"]
                |===
                | Name | {nbsp}
                |===
                """, Options.builder().build());
        assertFalse(html.contains("style="), html);
        assertTrue(html.contains("class=\"tableblock frame-all grid-all stretch app-print-cols-25-75\""), html);
    }
}
