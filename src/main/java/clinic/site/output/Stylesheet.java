package clinic.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * /css/site.css: the CSS files of templates/css bundled into the one stylesheet every page links (one request,
 * cached across pages), comments and indentation dropped (every byte counts against the 14 KB first flight). Nothing
 * that changes meaning is touched: no string in our CSS contains "/*", and line breaks and inner spaces stay.
 */
public final class Stylesheet {

    private Stylesheet() {
    }

    /**
     * The cascade: tokens, base elements, layout, components (templates/css/components), utilities. The print rules
     * are a stylesheet of their own, /css/print.css, which pages link with media="print": a browser does not wait for
     * it before drawing the page, so it is not part of any page's first flight (decision 0041).
     */
    static final List<String> BASE = List.of("tokens", "base", "layout");
    static final List<String> COMPONENTS = List.of("skip-link", "header", "logo-mark", "crisis-line",
            "nav", "breadcrumbs", "footer", "example-banner", "prose", "care-card", "contents-list",
            "review-dates", "related", "article-list", "contact-details", "search", "figure", "report-problem",
            "editor-note");
    /**
     * Components only a few pages use, each group in a stylesheet of its own that only those pages link (after
     * site.css, templates pass it as layout.base's pageCss), so that every other page's first flight does not carry
     * them: /css/search.css for the search page, /css/home.css for the home and news pages, /css/crisis.css for the
     * page with the crisis buttons at its top (Help now), /css/post.css for a news post, /css/language.css for a page
     * with a translation, /css/draft.css for a draft (layout.ftl links the last two itself). A component may be in more
     * than one (PageBundlesTest: a page links a bundle for each component it shows, and none it does not use).
     */
    static final Map<String, List<String>> PAGE_BUNDLES = new LinkedHashMap<>();
    static {
        PAGE_BUNDLES.put("search", List.of("search-results", "az", "search-crisis", "crisis-actions"));
        PAGE_BUNDLES.put("crisis", List.of("crisis-actions")); // the Help now page (care_card=actions)
        PAGE_BUNDLES.put("home", List.of("hero", "door", "news-list"));
        PAGE_BUNDLES.put("post", List.of("post-date")); // a news post's own page
        PAGE_BUNDLES.put("language", List.of("language-link")); // a page with a translation (decision 0046)
        PAGE_BUNDLES.put("draft", List.of("draft-banner")); // a draft, in the preview only
    }
    static final List<String> LAST = List.of("utilities");
    static final String PRINT = "print";

    /**
     * Writes out/css/site.css, out/css/print.css (with the pages' column widths for paper, PrintColumns, and the form's
     * name lines on every printed sheet, FormPrint) and the page bundles from project/templates/css; returns a problem
     * for each component file the bundle does not list (it would never reach a page), else nothing.
     */
    public static List<String> write(Path project, Path out, Set<String> printColumns) throws IOException {
        Path css = project.resolve("templates/css");
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.list(css.resolve("components"))) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString().replaceAll("\\.css$", "");
                if (!COMPONENTS.contains(name) && PAGE_BUNDLES.values().stream().noneMatch(b -> b.contains(name))) {
                    problems.add("templates/css/components/" + f.getFileName() + ": not in the stylesheet bundle, so no"
                            + " page would get it. Add '" + name + "' to COMPONENTS (or a PAGE_BUNDLES group) in"
                            + " src/main/java/clinic/site/output/Stylesheet.java (where it belongs in the cascade).");
                }
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        StringBuilder all = new StringBuilder();
        for (String f : BASE) {
            all.append(Files.readString(css.resolve(f + ".css"), StandardCharsets.UTF_8)).append('\n');
        }
        for (String f : COMPONENTS) {
            all.append(Files.readString(css.resolve("components/" + f + ".css"), StandardCharsets.UTF_8)).append('\n');
        }
        for (String f : LAST) {
            all.append(Files.readString(css.resolve(f + ".css"), StandardCharsets.UTF_8)).append('\n');
        }
        Path target = out.resolve("css/site.css");
        Files.createDirectories(target.getParent());
        Files.writeString(target, minify(all.toString()) + "\n", StandardCharsets.UTF_8);
        Files.writeString(out.resolve("css/" + PRINT + ".css"), minify(Files.readString(css.resolve(PRINT + ".css"),
                StandardCharsets.UTF_8) + PrintColumns.rules(printColumns) + FormPrint.rules(project)) + "\n",
                StandardCharsets.UTF_8);
        for (Map.Entry<String, List<String>> bundle : PAGE_BUNDLES.entrySet()) {
            StringBuilder page = new StringBuilder();
            for (String f : bundle.getValue()) {
                page.append(Files.readString(css.resolve("components/" + f + ".css"), StandardCharsets.UTF_8)).append('\n');
            }
            Files.writeString(out.resolve("css/" + bundle.getKey() + ".css"), minify(page.toString()) + "\n",
                    StandardCharsets.UTF_8);
        }
        return problems;
    }

    /**
     * Comments out, and the whitespace no rule needs (squeeze) out of everything but strings. Every page's first
     * flight carries site.css (PageWeightTest), so its bytes count: 52 fewer gzipped than keeping the spaces after
     * colons and commas.
     */
    static String minify(String stylesheet) {
        String css = stylesheet.replaceAll("/\\*[\\s\\S]*?\\*/", ""); // first: a comment may quote words ("up to")
        StringBuilder out = new StringBuilder();
        Matcher string = STRING.matcher(css);
        int at = 0;
        while (string.find()) { // the text of a string (content: " (") is kept as it is
            out.append(squeeze(css.substring(at, string.start()))).append(string.group());
            at = string.end();
        }
        return out.append(squeeze(css.substring(at))).toString().trim();
    }

    /** A CSS string, in double quotes (the site's stylesheets use no other). */
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");

    /**
     * CSS outside strings without the whitespace no rule needs: around braces, semicolons, commas and child
     * combinators, after colons, and the last semicolon of a block. Spaces between words (a descendant combinator,
     * "0 auto") stay. A number below 1 loses its leading zero (0.5rem is .5rem), but not inside a word or a longer
     * number (h10.5, 10.5).
     */
    private static String squeeze(String css) {
        return css.replaceAll("\\s+", " ")
                .replaceAll(" ?([{};,>]) ?", "$1")
                .replaceAll(": ", ":")
                .replace(";}", "}")
                .replaceAll("(?<![\\w.-])(-?)0\\.(\\d)", "$1.$2");
    }
}
