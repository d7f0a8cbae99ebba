package clinic.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.asciidoctor.Options;
import org.junit.jupiter.api.Test;

import clinic.site.support.SharedAsciidoctor;

/**
 * The "On this page" list (Outline), from the HTML Asciidoctor writes for a page. An IT because it starts JRuby
 * (SharedAsciidoctor), which the Failsafe JVM has started anyway: in Surefire it was the longest wait (decision 0039).
 */
class OutlineIT {

    @Test
    void each_level_two_section_is_listed_with_its_id_and_its_heading_exactly_as_asciidoctor_wrote_it() {
        String html = SharedAsciidoctor.get().convert("""
                Intro.

                == What it's for

                Text.

                === A subsection is not listed

                [discrete]
                == A discrete heading is not a section

                [[own-id]]
                == Doses & *timing* <1 mg

                [bibliography]
                == References
                """, Options.builder().build());
        List<Outline.Heading> outline = Outline.of(html);
        assertEquals(List.of(new Outline.Heading("_what_its_for", "What it&#8217;s for"),
                new Outline.Heading("own-id", "Doses &amp; <strong>timing</strong> &lt;1 mg"),
                new Outline.Heading("_references", "References")), outline);
        for (Outline.Heading h : outline) { // the heading the page shows, to the byte
            assertTrue(html.contains("<h2 id=\"" + h.id() + "\">" + h.html() + "</h2>"), html);
        }
    }

    @Test
    void a_page_without_sections_has_an_empty_outline() {
        assertEquals(List.of(), Outline.of(SharedAsciidoctor.get().convert("Only text.\n\n<h2 id=\"x\">typed</h2>\n",
                Options.builder().build())));
    }
}
