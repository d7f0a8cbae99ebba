package clinic.site.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPOutputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import clinic.site.content.Page;

/**
 * What one page of a baked site weighs as nginx serves it (gzip level 6): its HTML; its first flight, the HTML and the
 * stylesheets a browser needs before it can draw (budget 14 KB: one round trip; not the print stylesheet, decision
 * 0041); everything it loads but images (budget 50 KB); its requests; and any script in its head that blocks
 * rendering. PageWeightTest holds every page to the budgets; scripts/report (SiteReport) prints the same numbers.
 */
public record PageWeight(String path, long raw, int firstFlight, int total, int requests, List<String> blockingScripts) {

    public static final int FIRST_FLIGHT_BUDGET = 14 * 1024;
    public static final int TOTAL_BUDGET = 50 * 1024;

    /** The page's weight; `page` is an HTML file under `site`, whose root-relative links name files under `site`. */
    public static PageWeight of(Path site, Path page) {
        Document doc;
        try {
            doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
        Set<String> css = new LinkedHashSet<>();
        Set<String> other = new LinkedHashSet<>();
        for (Element el : doc.select("link[rel=stylesheet][href], script[src], link[rel=preload][href]")) {
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            // A print stylesheet (media="print") does not hold up drawing the page: loaded, not in the first flight.
            (el.is("link[rel=stylesheet]:not([media=print])") ? css : other).add(ref);
        }
        int first = gzipSize(page) + css.stream().mapToInt(r -> gzipSize(site.resolve(r.substring(1)))).sum();
        int total = first + other.stream().mapToInt(r -> gzipSize(site.resolve(r.substring(1)))).sum();
        List<String> blocking = doc.select("head script[src]:not([defer]):not([async]):not([type=module])").stream()
                .map(s -> s.attr("src")).toList();
        String path = Page.sitePath(site.relativize(page).toString().replace('\\', '/'));
        try {
            return new PageWeight(path, Files.size(page), first, total, 1 + css.size() + other.size(), blocking);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + page, e);
        }
    }

    /** The file's size gzipped at level 6, nginx's gzip_comp_level. */
    public static int gzipSize(Path file) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(out) {
                {
                    def.setLevel(6);
                }
            }) {
                gz.write(Files.readAllBytes(file));
            }
            return out.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The lines saying what is over a budget (none when the page is within them all). */
    public List<String> overBudget() {
        List<String> over = new ArrayList<>();
        if (firstFlight > FIRST_FLIGHT_BUDGET) {
            over.add(path + ": HTML + CSS = " + firstFlight + " bytes gzipped, budget " + FIRST_FLIGHT_BUDGET);
        }
        if (total > TOTAL_BUDGET) {
            over.add(path + ": total " + total + " bytes gzipped, budget " + TOTAL_BUDGET);
        }
        blockingScripts.forEach(s -> over.add(path + ": render-blocking script " + s));
        return over;
    }
}
