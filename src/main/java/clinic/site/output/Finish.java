package clinic.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import clinic.site.content.ContentModel;
import clinic.site.model.Messages;

/** The public build's last step over a baked folder: drafts out, redirect pages in, CSS and JS under hashed names. */
public final class Finish {

    private Finish() {
    }

    /**
     * Finishes a baked site for publishing (the public build only; the preview keeps drafts, with a banner):
     * 1. deletes drafts (JBake writes them as *-draft.html), and the folders they leave empty;
     * 2. writes an HTML redirect page at every old URL in the site's _redirects file, for static hosts that cannot
     *    send real 301s (GitHub Pages). Decision 0007;
     * 3. renames the site's CSS and JS by content hash and points every page at the new names (Fingerprint, decision
     *    0019). The preview skips this step and serves the plain names.
     */
    public static void finish(Path project, Path site, String baseUrl) throws IOException {
        finish(project, site, baseUrl, null);
    }

    /**
     * As finish(project, site, baseUrl), with the pages Fingerprint rewrote kept in `kept` (a folder; null for none).
     * The redirect pages speak the site's language (site.language in PROJECT/jbake.properties), in the words of its
     * messages file (Messages), like every other page.
     */
    public static void finish(Path project, Path site, String baseUrl, Path kept) throws IOException {
        String language = Messages.siteLanguage(project);
        Messages messages = Messages.of(project, language);
        List<Path> drafts;
        try (Stream<Path> files = Files.walk(site)) {
            drafts = files.filter(f -> f.getFileName().toString().endsWith("-draft.html")).toList();
        }
        for (Path draft : drafts) {
            Files.delete(draft);
            // A draft's folder held nothing else: it goes too, or the host would answer its address with a listing or 403.
            try (Stream<Path> left = Files.list(draft.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.delete(draft.getParent());
                }
            }
        }
        Path rules = site.resolve("_redirects");
        List<String> lines = Files.exists(rules) ? Files.readAllLines(rules, StandardCharsets.UTF_8) : List.of();
        String base = baseUrl.replaceAll("/$", "");
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
            Files.writeString(page, redirectPage(messages, language, parts[1], base + parts[1]), StandardCharsets.UTF_8);
            written++;
        }
        System.out.println("Site: removed " + drafts.size() + " draft(s), wrote " + written + " redirect page(s)");
        Fingerprint.fingerprint(site, kept);
    }

    /**
     * The policy every page carries (templates/lib/layout.ftl, and as a header in assets/_headers and the nginx
     * configuration; HostingConfigTest holds them equal).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src"
            + " 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /** A complete, valid page, with the security meta tags of every other page: instant refresh, canonical link, and a plain link for anyone the refresh misses. */
    static String redirectPage(Messages messages, String language, String target, String canonical) {
        String t = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String c = canonical.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return """
                <!DOCTYPE html>
                <html lang="%4$s">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="%3$s">
                <meta name="referrer" content="strict-origin-when-cross-origin">
                <meta http-equiv="refresh" content="0; url=%1$s">
                <meta name="robots" content="noindex">
                <title>%5$s</title>
                <meta name="description" content="%6$s">
                <link rel="canonical" href="%2$s">
                <meta property="og:url" content="%2$s">
                <link rel="stylesheet" href="/css/site.css">
                </head>
                <body>
                <a class="app-skip-link" href="#main">%7$s</a>
                <main id="main" class="app-main app-width-container" tabindex="-1">
                <h1>%5$s</h1>
                <p><a href="%1$s">%8$s</a>.</p>
                <p class="app-footer__crisis">%9$s</p>
                </main>
                </body>
                </html>
                """.formatted(t, c, CONTENT_SECURITY_POLICY, language, messages.get("moved.title"),
                messages.get("moved.description", "address", t), messages.get("skip_link"), messages.get("moved.link"),
                // The crisis line every page carries: an old address may be the one a reader in crisis kept.
                messages.get("footer.crisis", Map.of("call", "<a href=\"tel:988\">988</a>",
                        "emergency", "<a href=\"tel:911\">911</a>", "help_now", ContentModel.HELP_NOW)));
    }
}
