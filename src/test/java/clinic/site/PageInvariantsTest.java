package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/** Structural rules every baked HTML page must keep. Each test reports every failing page at once. */
class PageInvariantsTest {

    @Test
    void there_are_pages_to_check() {
        assertTrue(BakedSite.pages().size() >= 10, "expected a whole site, found " + BakedSite.pages().size() + " pages");
    }

    @Test
    void every_page_declares_its_language() {
        check((doc, problems) -> {
            if (doc.selectFirst("html[lang]") == null || doc.selectFirst("html").attr("lang").isBlank()) {
                problems.add("no lang on <html>");
            }
        });
    }

    @Test
    void every_page_has_one_non_empty_title() {
        check((doc, problems) -> {
            if (doc.select("title").size() != 1 || doc.title().isBlank()) {
                problems.add("expected one non-empty <title>, found " + doc.select("title").size());
            }
        });
    }

    @Test
    void every_page_has_a_meta_description_of_at_most_160_characters() {
        check((doc, problems) -> {
            var metas = doc.select("meta[name=description]");
            if (metas.size() != 1 || metas.attr("content").isBlank()) {
                problems.add("expected one non-empty meta description, found " + metas.size());
            } else if (metas.attr("content").length() > 160) {
                problems.add("meta description is " + metas.attr("content").length() + " characters");
            }
        });
    }

    @Test
    void every_page_has_one_absolute_canonical_link() {
        check((doc, problems) -> {
            var links = doc.select("link[rel=canonical]");
            if (links.size() != 1 || !links.attr("href").matches("https?://[^/]+/.*")) {
                problems.add("expected one absolute canonical link, found " + links);
            }
            var ogUrl = doc.select("meta[property=og:url]");
            if (!ogUrl.attr("content").equals(links.attr("href"))) {
                problems.add("og:url " + ogUrl.attr("content") + " differs from canonical " + links.attr("href"));
            }
        });
    }

    @Test
    void every_page_has_exactly_one_h1() {
        check((doc, problems) -> {
            if (doc.select("h1").size() != 1) {
                problems.add("expected one <h1>, found " + doc.select("h1").size());
            }
        });
    }

    @Test
    void every_page_starts_with_a_skip_link_to_main() {
        check((doc, problems) -> {
            Element first = doc.selectFirst("body a[href]");
            if (first == null || !first.attr("href").equals("#main") || !first.hasClass("app-skip-link")) {
                problems.add("first link is not the skip link to #main: " + first);
            }
            if (doc.select("main#main").size() != 1) {
                problems.add("expected one <main id=\"main\">");
            }
        });
    }

    @Test
    void no_page_skips_a_heading_level() {
        check((doc, problems) -> {
            int previous = 0;
            for (Element h : doc.select("h1, h2, h3, h4, h5, h6")) {
                int level = h.tagName().charAt(1) - '0';
                if (previous > 0 && level > previous + 1) {
                    problems.add("<" + h.tagName() + "> \"" + h.text() + "\" follows an <h" + previous + ">");
                }
                previous = level;
            }
        });
    }

    @Test
    void every_image_has_alt_text() {
        check((doc, problems) -> doc.select("img:not([alt])").forEach(img -> problems.add("image without alt: " + img)));
    }

    @Test
    void every_page_has_the_crisis_line_and_policy_links_in_its_footer() {
        check((doc, problems) -> {
            Element footer = doc.selectFirst("footer.app-footer");
            if (footer == null) {
                problems.add("no footer");
                return;
            }
            for (String href : List.of("tel:988", "tel:911", "/privacy/", "/accessibility/", "/medical-disclaimer/", "/editorial-policy/")) {
                if (footer.select("a[href=" + href + "]").isEmpty()) {
                    problems.add("footer has no link to " + href);
                }
            }
        });
    }

    private static void check(BiConsumer<Document, List<String>> rule) {
        List<String> failures = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            List<String> problems = new ArrayList<>();
            rule.accept(BakedSite.parse(page), problems);
            problems.forEach(p -> failures.add(BakedSite.sitePath(page) + ": " + p));
        }
        assertTrue(failures.isEmpty(), () -> failures.size() + " problem(s):\n" + String.join("\n", failures));
    }
}
