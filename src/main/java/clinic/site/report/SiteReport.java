package clinic.site.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import clinic.site.images.ImageReport;
import clinic.site.output.SearchIndex;

/**
 * scripts/report: every page's weight against its budgets (PageWeight), the stylesheet's and the search index's
 * size, then every page's photos (ImageReport). In Java, not in the shell: the script's six programs per page took
 * 5 s of CPU for 43 pages; this takes well under one (decision 0039).
 *
 *   java -cp ... clinic.site.report.SiteReport target/site
 */
public final class SiteReport {

    private SiteReport() {
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args.length > 0 ? args[0] : "target/site");
        if (!Files.isRegularFile(site.resolve("index.html"))) {
            System.err.println("No baked site at " + site + ": build it first (mvn package), or name its folder.");
            System.exit(2);
        }
        List<Path> pages;
        try (Stream<Path> files = Files.walk(site)) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        System.out.printf(Locale.ROOT, "%-48s %8s %9s %9s %5s%n", "page", "raw", "html+css", "total", "reqs");
        int largest = 0;
        for (Path page : pages) {
            PageWeight w = PageWeight.of(site, page);
            System.out.printf(Locale.ROOT, "%-48s %8d %9d %9d %5d%s%n", w.path(), w.raw(), w.firstFlight(), w.total(),
                    w.requests(), w.overBudget().isEmpty() ? "" : "  OVER BUDGET");
            largest = Math.max(largest, w.firstFlight());
        }
        Path css;
        try (Stream<Path> files = Files.list(site.resolve("css"))) {
            css = files.filter(f -> f.getFileName().toString().matches("site.*\\.css")).findFirst().orElseThrow();
        }
        System.out.printf(Locale.ROOT, "%s: %d bytes raw, %d gzipped; largest first flight: %d bytes (budget %d)%n",
                site.relativize(css).toString().replace('\\', '/'), Files.size(css), PageWeight.gzipSize(css), largest,
                PageWeight.FIRST_FLIGHT_BUDGET);
        Path index = site.resolve("search-index.json");
        if (Files.isRegularFile(index)) {
            System.out.printf(Locale.ROOT, "search-index.json: %d bytes raw, %d gzipped (budget %d)%n", Files.size(index),
                    PageWeight.gzipSize(index), SearchIndex.BUDGET);
        }
        System.out.println();
        ImageReport.print(site, pages);
    }
}
