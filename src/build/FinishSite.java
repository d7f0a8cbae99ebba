import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finishes a baked site for publishing, run by Maven after the bake (not by the preview):
 * 1. deletes drafts (JBake writes them as *-draft.html; the preview keeps them, with a banner);
 * 2. writes an HTML redirect page at every old URL in the site's _redirects file, for static hosts that cannot
 *    send real 301s (GitHub Pages).
 * Usage: java src/build/FinishSite.java target/site [base-url]. A single-file program: no compile step, nothing but
 * the JDK that runs Maven.
 */
public class FinishSite {

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args.length > 0 ? args[0] : "target/site");
        List<Path> drafts;
        try (var files = Files.walk(site)) {
            drafts = files.filter(f -> f.getFileName().toString().endsWith("-draft.html")).toList();
        }
        for (Path draft : drafts) {
            Files.delete(draft);
        }
        System.out.println("FinishSite: removed " + drafts.size() + " draft(s)");
        Path rules = site.resolve("_redirects");
        List<String> lines = Files.exists(rules) ? Files.readAllLines(rules, StandardCharsets.UTF_8) : List.of();
        String baseUrl = args.length > 1 ? args[1].replaceAll("/$", "") : "";
        int written = 0;
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length < 2 || !parts[0].startsWith("/") || !parts[0].endsWith("/")) {
                continue;
            }
            Path page = site.resolve(parts[0].substring(1)).resolve("index.html");
            if (Files.exists(page)) {
                throw new IllegalStateException(parts[0] + " is both a page and a redirect; the bake should have refused this.");
            }
            Files.createDirectories(page.getParent());
            Files.writeString(page, html(parts[1], baseUrl + parts[1]), StandardCharsets.UTF_8);
            written++;
        }
        System.out.println("FinishSite: wrote " + written + " redirect page(s) from " + rules);
    }

    /** A complete, valid page: instant refresh, canonical link, and a plain link for anyone the refresh misses. */
    static String html(String target, String canonical) {
        String t = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String c = canonical.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return """
                <!DOCTYPE html>
                <html lang="en-US">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="0; url=%1$s">
                <meta name="robots" content="noindex">
                <title>This page has moved</title>
                <meta name="description" content="This page has moved to %1$s.">
                <link rel="canonical" href="%2$s">
                <meta property="og:url" content="%2$s">
                <link rel="stylesheet" href="/css/site.css">
                </head>
                <body>
                <a class="app-skip-link" href="#main">Skip to main content</a>
                <main id="main" class="app-main app-width-container" tabindex="-1">
                <h1>This page has moved</h1>
                <p><a href="%1$s">Go to the new page</a>.</p>
                </main>
                </body>
                </html>
                """.formatted(t, c);
    }
}
