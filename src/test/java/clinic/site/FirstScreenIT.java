package clinic.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.SharedBrowser;
import clinic.site.support.Nginx;

/**
 * Content first on a phone: at 375 x 667 CSS pixels (an iPhone SE screen), the first line of every article and
 * section page's own text is on the first screen, below the header, the crisis line and the title, not under a
 * stack of banners, cards and lists (issue 17; docs/decisions/0019-content-first-and-fingerprinted-assets.md).
 */
@ExtendWith(SharedBrowser.class)
class FirstScreenIT {

    static final int WIDTH = 375;
    static final int HEIGHT = 667;
    /** The article body's first paragraph: Asciidoctor's preamble or first section, inside the page's prose. */
    static final String FIRST_PARAGRAPH = "main .app-prose p";

    static Browser browser;

    @BeforeAll
    static void open(Browser shared) {
        browser = shared;
    }

    /** Article and section pages: the pages whose own text a reader came for. */
    static List<String> textPages() {
        List<String> paths = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            boolean article = doc.selectFirst("main article.app-article") != null;
            boolean section = doc.selectFirst("main .app-section-group") != null;
            if ((article || section) && doc.selectFirst(FIRST_PARAGRAPH) != null) {
                paths.add(BakedSite.sitePath(page));
            }
        }
        return paths;
    }

    @Test
    void the_first_line_of_every_article_and_section_page_is_on_the_first_phone_screen() {
        List<String> pages = textPages();
        assertTrue(pages.size() >= 20, "expected the site's 20-odd article and section pages, found " + pages);
        browser.viewport(WIDTH, HEIGHT);
        List<String> below = new ArrayList<>();
        for (String path : pages) {
            browser.driver().get(Nginx.get().url(path));
            @SuppressWarnings("unchecked")
            Map<String, Number> box = (Map<String, Number>) browser.driver().executeScript(
                    "const p = document.querySelector(arguments[0]);"
                            + "const r = p.getBoundingClientRect();"
                            + "return {top: r.top + window.scrollY, line: parseFloat(getComputedStyle(p).lineHeight)};",
                    FIRST_PARAGRAPH);
            double top = box.get("top").doubleValue();
            double firstLineBottom = top + box.get("line").doubleValue();
            System.out.printf("first screen %s: first paragraph at %.0f px (first line ends at %.0f px)%n", path, top, firstLineBottom);
            if (firstLineBottom > HEIGHT) {
                below.add(String.format("%s: the first line of text ends %.0f px down, below the %d px screen", path, firstLineBottom, HEIGHT));
            }
        }
        assertTrue(below.isEmpty(), below.size() + " of " + pages.size() + " pages start below the first screen at "
                + WIDTH + " x " + HEIGHT + ":\n" + String.join("\n", below));
    }

    @Test
    void the_measurement_finds_text_pushed_below_the_screen() {
        // The check must be able to fail: push the first paragraph down on a real page and measure again.
        browser.viewport(WIDTH, HEIGHT);
        browser.driver().get(Nginx.get().url(textPages().get(0)));
        Number top = (Number) browser.driver().executeScript(
                "const spacer = document.createElement('div'); spacer.style.height = '2000px';"
                        + "const p = document.querySelector(arguments[0]); p.before(spacer);"
                        + "return p.getBoundingClientRect().top + window.scrollY;",
                FIRST_PARAGRAPH);
        assertFalse(top.doubleValue() < HEIGHT, "a paragraph 2,000 px down still measured as on the first screen: " + top);
    }
}
