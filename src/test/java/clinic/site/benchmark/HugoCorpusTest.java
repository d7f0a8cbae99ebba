package clinic.site.benchmark;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The benchmark's Hugo pages carry the same text and structure as the synthetic AsciiDoc articles, none of its syntax. */
class HugoCorpusTest {

    @Test
    void an_article_becomes_markdown_with_the_same_sections_lists_table_and_links() {
        String adoc = BenchmarkCorpus.article(7, 20, LocalDate.of(2026, 11, 28));
        String md = HugoCorpus.markdown(adoc);
        assertTrue(md.startsWith("---\ntitle: \""), md);
        for (String expected : new String[] {"## Key points", "### How long it takes", "1. A nurse places", "- *Before treatment:*",
                "| What you may feel | What to do |\n|---|---|\n|", "> **IMPORTANT:** If you are in crisis", "**Cannula**: A small",
                "## References", "](/patients/bench-"}) {
            assertTrue(md.contains(expected), "missing " + expected + " in:\n" + md);
        }
        for (String asciidoc : new String[] {"<<", "link:", "|===", "[[[", "~~~~~~", "{clinic_", "[cols"}) {
            assertFalse(md.contains(asciidoc), "AsciiDoc left in the Markdown: " + asciidoc + "\n" + md);
        }
        assertTrue(md.length() > adoc.length() * 0.8, "the Markdown lost text");
    }
}
