package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.deque.html.axecore.selenium.AxeBuilder;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.Nginx;
import clinic.site.support.SharedBrowser;

/**
 * Every page of the baked site, loaded once in real headless Chromium behind nginx (the production CSP), and each
 * check that needs a page as a reader's browser shows it, made on that one load (decision 0039): a load costs about
 * 0.2 s of CPU, and four classes used to load all 41 pages each.
 * <ul>
 * <li><b>Accessibility</b>: axe-core, all WCAG 2.0/2.1/2.2 A and AA rules in the light scheme, then, on the same load
 * and the same copy of axe, the colour rules again in the dark scheme (prefers-color-scheme changes without a reload;
 * every other rule sees the same markup in both schemes).</li>
 * <li><b>Privacy</b>: every resource the load fetched came from the site itself, and no cookie was set.</li>
 * <li><b>Content first on a phone</b> (issue 17, decision 0019): at 375 x 667 CSS pixels (an iPhone SE screen) the
 * first line of every article and section page's own text is on the first screen, below the header, the crisis line
 * and the title.</li>
 * <li><b>Reflow</b> (WCAG 1.4.10): at 320 CSS pixels no page scrolls sideways.</li>
 * </ul>
 * The two phone widths are set after axe has run (the pages have no script that reads the width, so the CSS lays them
 * out as if they had been loaded at that width). Each check is also shown to fail on a real page made to break it.
 *
 * axe is the copy that axe-core's Selenium library ships (its axe.min.js), given to Chromium once for the class as a
 * script for every new document, and run with {@code axe.run} itself; only what the test reads comes back: the ids of
 * the rules that ran, and each violation with its elements.
 */
@ExtendWith(SharedBrowser.class)
@Order(1) // the longest class: started first on a worker (LongestAtBothEnds)
class EveryPageIT {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The axe rules whose outcome depends on colours: contrast of text, and links told apart from text. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
    static final Map<String, Object> ALL_RULES = Map.of("runOnly", Map.of("type", "tag", "values", TAGS));
    static final Map<String, Object> COLOURS_ONLY = Map.of("runOnly", Map.of("type", "rule", "values", COLOUR_RULES));
    /** axe-core as its Selenium library ships it, the version pom.xml names. */
    static final String AXE = axeSource();
    /**
     * Runs axe on the whole document with the options given (arguments[0]); answers the ids of every rule that ran
     * and, for each violation, its rule, help text and each element's selector; or the error axe failed with.
     * resultTypes: axe works out selectors for the violations only (one node each for the other kinds; axe's docs).
     */
    static final String RUN = """
            const done = arguments[arguments.length - 1];
            if (typeof axe === 'undefined') { done({error: 'axe is not on the page'}); return; }
            const options = Object.assign({resultTypes: ['violations']}, arguments[0]);
            axe.run(document, options).then(r => done({
              ran: [...r.passes, ...r.violations, ...r.incomplete, ...r.inapplicable].map(rule => rule.id),
              violations: r.violations.map(v => ({id: v.id, help: v.help,
                  targets: v.nodes.map(n => JSON.stringify(n.target))}))
            }), e => done({error: String(e && e.stack || e)}));
            """;

    static final int PHONE_WIDTH = 375;
    static final int PHONE_HEIGHT = 667;
    /**
     * The first text a reader came for: Help now's crisis buttons, which come first there, else the article body's first
     * paragraph (Asciidoctor's preamble or first section), inside the page's prose.
     */
    static final String FIRST_PARAGRAPH = "main .app-crisis-actions, main .app-prose p";
    /** Where the first paragraph starts on the page and how tall its lines are, in CSS pixels. */
    static final String MEASURE_FIRST_PARAGRAPH = """
            const p = document.querySelector(arguments[0]);
            const r = p.getBoundingClientRect();
            return {top: r.top + window.scrollY, line: parseFloat(getComputedStyle(p).lineHeight)};
            """;
    static final int REFLOW_WIDTH = 320;

    static Browser browser;
    static Object axeScript;

    // What the walk found, per check; each test below reads its own.
    static final List<String> axeViolations = new ArrayList<>();
    static final TreeSet<String> rulesRun = new TreeSet<>();
    static final TreeSet<String> darkRulesRun = new TreeSet<>();
    static final List<String> foreign = new ArrayList<>();
    static final List<String> measuredFirstScreens = new ArrayList<>();
    static final List<String> belowTheFirstScreen = new ArrayList<>();
    static final List<String> tooWide = new ArrayList<>();
    static int pagesWalked;

    @BeforeAll
    static void walkEveryPage(Browser shared) {
        browser = shared;
        axeScript = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE))
                .get("identifier");
        Set<String> textPages = textPages();
        String origin = Nginx.get().url("");
        browser.colorScheme("light");
        for (Path page : BakedSite.pages()) {
            String path = BakedSite.sitePath(page);
            browser.driver().get(Nginx.get().url(path));
            foreign.addAll(notFromTheSite(path, origin, loadedResources()));
            if (!browser.driver().manage().getCookies().isEmpty()) {
                foreign.add(path + " set cookies " + browser.driver().manage().getCookies());
            }
            record("light", path, axe(ALL_RULES), rulesRun, axeViolations);
            browser.colorScheme("dark");
            record("dark", path, axe(COLOURS_ONLY), darkRulesRun, axeViolations);
            browser.colorScheme("light");
            if (textPages.contains(path)) {
                browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
                firstLineBelowTheScreen(path).ifPresent(belowTheFirstScreen::add);
                measuredFirstScreens.add(path);
            }
            browser.viewport(REFLOW_WIDTH, 800);
            Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
            if (width.intValue() > REFLOW_WIDTH) {
                tooWide.add(path + " is " + width + " px wide");
            }
            browser.clearViewport();
            pagesWalked++;
        }
    }

    /** Each test below starts as each page of the walk did: no emulated viewport, the light scheme. */
    @BeforeEach
    void asEachPageOfTheWalkStarted() {
        browser.clearViewport();
        browser.colorScheme("light");
    }

    @AfterAll
    static void close() {
        browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeScript));
    }

    @Test
    void every_page_was_walked() {
        assertTrue(pagesWalked >= 40 && pagesWalked == BakedSite.pages().size(),
                "walked " + pagesWalked + " of " + BakedSite.pages().size() + " pages");
    }

    // --- Accessibility ---------------------------------------------------------------------------------------------

    @Test
    void every_page_has_no_axe_violations_in_light_or_dark() {
        System.out.println("axe: " + rulesRun.size() + " rules on " + pagesWalked + " pages (light), "
                + darkRulesRun + " again in dark");
        assertTrue(rulesRun.size() > 50, "axe ran suspiciously few rules: " + rulesRun);
        assertTrue(darkRulesRun.containsAll(COLOUR_RULES), "the colour rules did not run in dark: " + darkRulesRun);
        assertTrue(axeViolations.isEmpty(), axeViolations.size() + " axe violation(s):\n" + String.join("\n", axeViolations));
    }

    @Test
    void the_axe_check_finds_a_violation_in_light_and_one_only_dark_shows() {
        // The runner must be able to fail: on a real page, an image without alt text (any scheme) and text that reads
        // on the light background but not on the dark one (#333 on the page's own background).
        browser.driver().get(Nginx.get().url("/"));
        browser.driver().executeScript("""
                const img = document.createElement('img'); img.src = '/favicon.svg'; img.id = 'no-alt';
                const p = document.querySelector('main p'); p.id = 'dark-only'; p.style.color = '#333';
                p.before(img);
                """);
        List<String> violations = new ArrayList<>();
        TreeSet<String> ran = new TreeSet<>();
        record("light", "/", axe(ALL_RULES), ran, violations);
        browser.colorScheme("dark");
        record("dark", "/", axe(COLOURS_ONLY), ran, violations);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("light /: image-alt") && v.contains("#no-alt")), String.join("\n", violations));
        assertTrue(violations.stream().noneMatch(v -> v.startsWith("light /: color-contrast")), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("dark /: color-contrast") && v.contains("#dark-only")), String.join("\n", violations));
    }

    // --- Privacy ---------------------------------------------------------------------------------------------------

    @Test
    void every_resource_a_page_loads_comes_from_the_site_itself() {
        assertTrue(foreign.isEmpty(), String.join("\n", foreign));
    }

    @Test
    void the_resource_check_names_a_resource_from_another_host() {
        // The filter the walk uses must be able to fail: what a page that loaded a font from Google would list.
        String origin = Nginx.get().url("");
        assertTrue(notFromTheSite("/", origin, List.of(origin + "css/site.css", origin + "favicon.svg")).isEmpty());
        assertTrue(notFromTheSite("/", origin, List.of(origin + "css/site.css", "https://fonts.gstatic.com/s/a.woff2"))
                .equals(List.of("/ loaded https://fonts.gstatic.com/s/a.woff2")));
    }

    // --- Content first on a phone ----------------------------------------------------------------------------------

    @Test
    void the_first_line_of_every_article_and_section_page_is_on_the_first_phone_screen() {
        assertTrue(measuredFirstScreens.size() >= 20,
                "expected the site's 20-odd article and section pages, measured " + measuredFirstScreens);
        assertTrue(belowTheFirstScreen.isEmpty(), belowTheFirstScreen.size() + " of " + measuredFirstScreens.size()
                + " pages start below the first screen at " + PHONE_WIDTH + " x " + PHONE_HEIGHT + ":\n"
                + String.join("\n", belowTheFirstScreen));
    }

    @Test
    void the_first_screen_check_finds_text_pushed_below_the_screen() {
        // The check must be able to fail: push the first paragraph down on a real page and measure again.
        String path = textPages().iterator().next();
        browser.driver().get(Nginx.get().url(path));
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        browser.driver().executeScript("const spacer = document.createElement('div'); spacer.style.height = '2000px';"
                + "document.querySelector(arguments[0]).before(spacer);", FIRST_PARAGRAPH);
        assertTrue(firstLineBelowTheScreen(path).isPresent(), "a paragraph 2,000 px down still measured as on the first screen");
    }

    /**
     * A reader in crisis, on a phone, gets one large tap (clinical review S12, CRI-1): on Help now the Call 988, Text 988
     * and Chat buttons are on the first screen, and they and the crisis line's 988 and 911 are at least 44 CSS pixels
     * each way (--target-min).
     */
    @Test
    void the_crisis_buttons_and_numbers_are_big_enough_to_tap_and_on_help_nows_first_screen() {
        browser.driver().get(Nginx.get().url("/help-now/"));
        browser.viewport(PHONE_WIDTH, PHONE_HEIGHT);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> targets = (List<Map<String, Object>>) browser.driver().executeScript("""
                return [...document.querySelectorAll('.app-crisis-actions__action, .app-crisis-line a')].map((a) => {
                  const r = a.getBoundingClientRect();
                  return {text: a.textContent.trim(), width: r.width, height: r.height, bottom: r.bottom + scrollY,
                          button: a.classList.contains('app-crisis-actions__action')};
                });""");
        List<String> problems = new ArrayList<>();
        for (Map<String, Object> t : targets) {
            double width = ((Number) t.get("width")).doubleValue();
            double height = ((Number) t.get("height")).doubleValue();
            if (width < 44 || height < 44) {
                problems.add(String.format("%s is %.0f x %.0f px", t.get("text"), width, height));
            }
            if (Boolean.TRUE.equals(t.get("button")) && ((Number) t.get("bottom")).doubleValue() > PHONE_HEIGHT) {
                problems.add(t.get("text") + " is below the first " + PHONE_HEIGHT + "-px screen");
            }
        }
        assertEquals(5, targets.size(), "expected 3 buttons and the crisis line's 988 and 911: " + targets);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // --- Reflow ----------------------------------------------------------------------------------------------------

    @Test
    void no_page_scrolls_sideways_at_320_css_pixels() {
        assertTrue(tooWide.isEmpty(), String.join("\n", tooWide));
    }

    @Test
    void the_reflow_check_finds_a_page_wider_than_320_pixels() {
        // The check must be able to fail: a 400-px-wide table on a real page, as a wide table in an article would be.
        browser.driver().get(Nginx.get().url("/"));
        browser.viewport(REFLOW_WIDTH, 800);
        Number width = (Number) browser.driver().executeScript("""
                const wide = document.createElement('div'); wide.style.width = '400px'; wide.textContent = 'wide';
                document.querySelector('main').append(wide);
                return document.documentElement.scrollWidth;""");
        assertTrue(width.intValue() > REFLOW_WIDTH, "a 400-px element measured as " + width + " px of page");
    }

    // --- The walk's parts ------------------------------------------------------------------------------------------

    /** Article and section pages, by site path: the pages whose own text a reader came for. */
    static Set<String> textPages() {
        Set<String> paths = new TreeSet<>();
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

    /** At the phone viewport already set: the line saying the page's first line of text is below the screen, if it is. */
    static Optional<String> firstLineBelowTheScreen(String path) {
        @SuppressWarnings("unchecked")
        Map<String, Number> box = (Map<String, Number>) browser.driver().executeScript(MEASURE_FIRST_PARAGRAPH, FIRST_PARAGRAPH);
        double top = box.get("top").doubleValue();
        double firstLineBottom = top + box.get("line").doubleValue();
        return firstLineBottom > PHONE_HEIGHT
                ? Optional.of(String.format("%s: the first line of text ends %.0f px down, below the %d px screen",
                        path, firstLineBottom, PHONE_HEIGHT))
                : Optional.empty();
    }

    /** Every resource the page in the browser has fetched so far (the Resource Timing entries). */
    @SuppressWarnings("unchecked")
    static List<String> loadedResources() {
        return (List<String>) browser.driver().executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
    }

    /** One line for each resource that does not come from the site's origin. */
    static List<String> notFromTheSite(String path, String origin, List<String> loaded) {
        return loaded.stream().filter(u -> !u.startsWith(origin)).map(u -> path + " loaded " + u).toList();
    }

    /** axe.run on the page the browser shows, with these options; what RUN answers. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> axe(Map<String, Object> options) {
        return (Map<String, Object>) browser.driver().executeAsyncScript(RUN, options);
    }

    /** Adds the ids of the rules that ran and every violation (scheme, page, rule, element). */
    @SuppressWarnings("unchecked")
    static void record(String scheme, String path, Map<String, Object> results, TreeSet<String> ran, List<String> violations) {
        if (results == null || results.containsKey("error")) { // axe itself failed on the page: a failure, never a silent pass
            violations.add(scheme + " " + path + ": axe did not run: " + (results == null ? "no answer" : results.get("error")));
            return;
        }
        ran.addAll((List<String>) results.get("ran"));
        for (Map<String, Object> r : (List<Map<String, Object>>) results.get("violations")) {
            ((List<String>) r.get("targets")).forEach(target ->
                    violations.add(scheme + " " + path + ": " + r.get("id") + " (" + r.get("help") + ") at " + target));
        }
    }

    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:selenium)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
