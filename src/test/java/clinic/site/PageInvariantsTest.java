package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        check((doc, problems) -> doc.select("img").forEach(img -> {
            String problem = altProblem(img);
            if (problem != null) {
                problems.add(problem + ": " + img);
            }
        }));
    }

    @Test
    void the_alt_text_rule_refuses_a_missing_an_empty_and_a_file_name_alt() {
        // Asciidoctor writes alt="treatment room" for image::/images/treatment-room.jpg[] with nothing in the brackets.
        String html = "<img src='/images/a.png'><img src='/images/b.png' alt=' '>"
                + "<img src='/images/treatment-room.jpg' alt='treatment room'>"
                + "<img src='/images/recovery_area-640.webp' alt='Recovery-Area'>"
                + "<img src='/images/treatment-room.jpg' alt='A reclining chair beside a window in a quiet room'>";
        List<String> found = org.jsoup.Jsoup.parse(html).select("img").stream().map(PageInvariantsTest::altProblem).toList();
        assertEquals(java.util.Arrays.asList("no alt text", "empty alt text", "alt text is the file name",
                "alt text is the file name", null), found);
    }

    /** What is wrong with an image's alt text for a reader who cannot see it, or null when nothing is. */
    static String altProblem(Element img) {
        if (!img.hasAttr("alt")) {
            return "no alt text";
        }
        String alt = words(img.attr("alt"));
        if (alt.isEmpty()) {
            return "empty alt text";
        }
        String file = img.attr("src").replaceAll(".*/", "").replaceAll("\\.[^.]*$", "");
        // A published photo's name may carry its width or a content hash: recovery-area-640, site.0123456789.
        String bare = words(file.replaceAll("[-_.]([0-9]+|[0-9a-f]{10})$", ""));
        return alt.equals(words(file)) || alt.equals(bare) ? "alt text is the file name" : null;
    }

    private static String words(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[-_.\\s]+", " ").strip();
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
