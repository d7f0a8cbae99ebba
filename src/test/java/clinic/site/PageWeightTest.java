package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * One round trip: each page's HTML plus its CSS fits in 14 KB gzipped (the first TCP flight), no script blocks
 * rendering, and everything a page loads except images stays under 50 KB. Gzip level 6, as nginx serves it.
 * `scripts/report` prints the same table without running the tests.
 */
class PageWeightTest {

    static final int FIRST_FLIGHT = 14 * 1024;
    static final int TOTAL_BUDGET = 50 * 1024;

    @Test
    void every_page_renders_after_one_round_trip_and_stays_under_budget() {
        List<String> table = new ArrayList<>();
        List<String> over = new ArrayList<>();
        int largest = 0;
        String largestPage = "";
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            Set<String> css = new LinkedHashSet<>();
            Set<String> other = new LinkedHashSet<>();
            for (Element el : doc.select("link[rel=stylesheet][href], script[src], link[rel=preload][href]")) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                (el.is("link[rel=stylesheet]") ? css : other).add(ref);
            }
            int html = gzipSize(page);
            int cssBytes = css.stream().mapToInt(r -> gzipSize(BakedSite.page(r))).sum();
            int otherBytes = other.stream().mapToInt(r -> gzipSize(BakedSite.page(r))).sum();
            int first = html + cssBytes;
            int total = first + otherBytes;
            String path = BakedSite.sitePath(page);
            table.add(String.format(Locale.ROOT, "%-48s %7d %7d %7d %4d", path, size(page), first, total, 1 + css.size() + other.size()));
            if (first > largest) {
                largest = first;
                largestPage = path;
            }
            if (first > FIRST_FLIGHT) {
                over.add(path + ": HTML + CSS = " + first + " bytes gzipped, budget " + FIRST_FLIGHT);
            }
            if (total > TOTAL_BUDGET) {
                over.add(path + ": total " + total + " bytes gzipped, budget " + TOTAL_BUDGET);
            }
            for (Element s : doc.select("head script[src]:not([defer]):not([async]):not([type=module])")) {
                over.add(path + ": render-blocking script " + s.attr("src"));
            }
        }
        System.out.println(String.format(Locale.ROOT, "%-48s %7s %7s %7s %4s", "page", "raw", "html+css", "total", "reqs")
                + "\n" + String.join("\n", table) + "\nlargest first flight: " + largestPage + " " + largest + " bytes gzipped");
        assertTrue(over.isEmpty(), String.join("\n", over));
    }

    static int gzipSize(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                {
                    def.setLevel(6); // nginx's gzip_comp_level 6
                }
            }) {
                gz.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
