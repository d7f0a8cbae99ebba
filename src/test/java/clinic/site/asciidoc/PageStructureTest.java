package clinic.site.asciidoc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.junit.jupiter.api.Test;

import clinic.site.support.SharedAsciidoctor;

/**
 * What the site reads from Asciidoctor's document rather than from the HTML it writes: the outline of a page's
 * sections (SectionOutline, the "On this page" list) and tables without inline widths (TableColumns). Asciidoctor with
 * the site's extensions (registered for every Asciidoctor, AsciidocExtensions), no bake.
 */
class PageStructureTest {
    static final Asciidoctor asciidoctor = SharedAsciidoctor.get();

    private static String convert(String adoc, List<Map<String, String>> outline) {
        return SectionOutline.recording(outline, () -> asciidoctor.convert(adoc, Options.builder().build()));
    }

    @Test
    void the_outline_lists_each_level_two_section_with_its_id_and_heading_as_written_in_the_page() {
        List<Map<String, String>> outline = new ArrayList<>();
        String html = convert("""
                Intro.

                == What it's for

                Text.

                === A subsection is not listed

                [discrete]
                == A discrete heading is not a section

                [[own-id]]
                == Doses & *timing*

                [bibliography]
                == References
                """, outline);
        assertEquals(List.of(
                Map.of("id", "_what_its_for", "html", "What it&#8217;s for"),
                Map.of("id", "own-id", "html", "Doses &amp; <strong>timing</strong>"),
                Map.of("id", "_references", "html", "References")), outline);
        for (Map<String, String> h : outline) { // the same heading the page shows
            assertTrue(html.contains("<h2 id=\"" + h.get("id") + "\">" + h.get("html") + "</h2>"), html);
        }
    }

    @Test
    void a_conversion_outside_recording_keeps_no_outline_and_one_recording_does_not_leak_into_the_next() {
        List<Map<String, String>> first = new ArrayList<>();
        convert("== One\n", first);
        asciidoctor.convert("== Not recorded\n", Options.builder().build());
        List<Map<String, String>> second = new ArrayList<>();
        convert("Only text.\n", second);
        assertEquals(List.of(Map.of("id", "_one", "html", "One")), first);
        assertEquals(List.of(), second);
    }

    @Test
    void a_table_has_bare_columns_so_the_page_has_no_inline_style_and_keeps_its_full_width() {
        String html = convert("""
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
                """, new ArrayList<>());
        assertFalse(html.contains("style="), html);
        assertEquals(6, html.split("<col>", -1).length - 1, html);
        assertTrue(html.contains("class=\"tableblock frame-all grid-all stretch\""), html);
    }
}
