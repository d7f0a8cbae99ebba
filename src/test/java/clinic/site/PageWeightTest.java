package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.report.PageWeight;
import clinic.site.support.BakedSite;

/**
 * One round trip: each page's HTML plus its CSS fits in 14 KB gzipped (the first TCP flight), no script blocks
 * rendering, and everything a page loads except images stays under 50 KB. Gzip level 6, as nginx serves it
 * (clinic.site.report.PageWeight). `scripts/report` prints the same numbers without running the tests.
 */
class PageWeightTest {

    @Test
    void every_page_renders_after_one_round_trip_and_stays_under_budget() {
        List<String> table = new ArrayList<>();
        List<String> over = new ArrayList<>();
        PageWeight largest = null;
        for (Path page : BakedSite.pages()) {
            PageWeight w = PageWeight.of(BakedSite.root(), page);
            table.add(String.format(Locale.ROOT, "%-48s %7d %7d %7d %4d", w.path(), w.raw(), w.firstFlight(), w.total(), w.requests()));
            largest = largest == null || w.firstFlight() > largest.firstFlight() ? w : largest;
            over.addAll(w.overBudget());
        }
        System.out.println(String.format(Locale.ROOT, "%-48s %7s %7s %7s %4s", "page", "raw", "html+css", "total", "reqs")
                + "\n" + String.join("\n", table) + "\nlargest first flight: " + largest.path() + " " + largest.firstFlight()
                + " bytes gzipped");
        assertTrue(table.size() >= 40, "too few pages weighed: " + table.size());
        assertTrue(over.isEmpty(), String.join("\n", over));
    }

    @Test
    void a_print_stylesheet_is_loaded_but_not_waited_for(@TempDir Path site) throws IOException {
        // The same 4 KB of CSS: in the first flight when the page needs it to draw, only in the total for paper.
        String css = "p{color:#123}\n".repeat(300);
        Files.createDirectories(site.resolve("css"));
        Files.writeString(site.resolve("css/screen.css"), css);
        Files.writeString(site.resolve("css/paper.css"), css);
        Path page = Files.writeString(site.resolve("index.html"), "<!doctype html><html><head><title>t</title>"
                + "<link rel=\"stylesheet\" href=\"/css/screen.css\">"
                + "<link rel=\"stylesheet\" href=\"/css/paper.css\" media=\"print\"></head><body></body></html>");
        PageWeight w = PageWeight.of(site, page);
        int html = PageWeight.gzipSize(page);
        int oneCss = PageWeight.gzipSize(site.resolve("css/screen.css"));
        assertEquals(html + oneCss, w.firstFlight(), "the print stylesheet is not in the first flight");
        assertEquals(html + 2 * oneCss, w.total(), "but it is loaded");
        assertEquals(3, w.requests());
    }

    @Test
    void a_page_over_a_budget_is_named() {
        // The budgets must be able to fail: a page whose first flight is 20 KB and which loads a blocking script.
        PageWeight heavy = new PageWeight("/heavy/", 90_000, 20 * 1024, 20 * 1024, 3, List.of("/js/x.js"));
        assertTrue(heavy.overBudget().equals(List.of("/heavy/: HTML + CSS = 20480 bytes gzipped, budget 14336",
                "/heavy/: render-blocking script /js/x.js")), heavy.overBudget().toString());
    }
}
