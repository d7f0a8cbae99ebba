package clinic.site.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * On paper, a table's columns get the widths its class keeps (clinic.site.asciidoc.TableColumns): the referral form's
 * answer cells get the room the form's source gives them (form review S12, FORM-1). No bake.
 */
class ReferralPdfColumnsTest {

    @Test
    void a_tables_width_class_becomes_the_widths_of_its_columns_and_other_tables_keep_theirs() {
        Document html = Jsoup.parse("""
                <table class="tableblock stretch app-print-cols-25-75"><colgroup><col><col></colgroup></table>
                <table class="tableblock stretch"><colgroup><col><col></colgroup></table>""");
        ReferralPdf.columnWidths(html);
        assertEquals(List.of("width: 25%", "width: 75%", "", ""), html.select("col").stream().map(c -> c.attr("style")).toList());
    }
}
