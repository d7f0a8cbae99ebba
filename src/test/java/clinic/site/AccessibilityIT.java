package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.deque.html.axecore.selenium.AxeBuilder;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.Nginx;
import clinic.site.support.SharedBrowser;

/**
 * axe-core in real headless Chromium, every page: all WCAG 2.0/2.1/2.2 A and AA rules in the light scheme, then, on the
 * same page load and the same copy of axe, the colour rules again in the dark scheme (prefers-color-scheme changes
 * without a reload; every other rule sees the same markup in both schemes, so running them twice would only double the
 * time).
 *
 * axe is the copy that axe-core's Selenium library ships (its axe.min.js), given to Chromium once for the class as a
 * script for every new document (so each page has it from its start, and V8 compiles it once), and run with
 * {@code axe.run} itself. The library's AxeBuilder sent the 560 KB script through the driver twice per page and
 * carried every node of every passing rule back to Java as JSON. Only what the test reads comes back: the ids of the
 * rules that ran, and each violation with its elements.
 */
@ExtendWith(SharedBrowser.class)
@Order(2) // among the longest: started first, so the short classes fill the gaps (decision 0035)
class AccessibilityIT {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The axe rules whose outcome depends on colours: contrast of text, and links told apart from text. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
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

    static Browser browser;
    static Object axeScript;

    @BeforeAll
    static void open(Browser shared) {
        browser = shared;
        axeScript = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", AXE))
                .get("identifier");
    }

    @AfterAll
    static void close() {
        browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", axeScript));
    }

    @Test
    void every_page_has_no_axe_violations_in_light_or_dark() {
        List<String> violations = new ArrayList<>();
        TreeSet<String> rulesRun = new TreeSet<>();
        TreeSet<String> darkRulesRun = new TreeSet<>();
        int checks = 0;
        for (Path page : BakedSite.pages()) {
            String path = BakedSite.sitePath(page);
            browser.colorScheme("light");
            browser.driver().get(Nginx.get().url(path));
            checks += record("light", path, run(Map.of("runOnly", Map.of("type", "tag", "values", TAGS))), rulesRun, violations);
            browser.colorScheme("dark");
            checks += record("dark", path, run(Map.of("runOnly", Map.of("type", "rule", "values", COLOUR_RULES))), darkRulesRun, violations);
        }
        System.out.println("axe: " + rulesRun.size() + " rules on " + BakedSite.pages().size() + " pages (light), "
                + darkRulesRun + " again in dark; " + checks + " runs");
        assertTrue(rulesRun.size() > 50, "axe ran suspiciously few rules: " + rulesRun);
        assertTrue(darkRulesRun.containsAll(COLOUR_RULES), "the colour rules did not run in dark: " + darkRulesRun);
        assertTrue(violations.isEmpty(), violations.size() + " axe violation(s):\n" + String.join("\n", violations));
    }

    @Test
    void the_check_finds_a_violation_in_light_and_one_only_dark_shows() {
        // The runner must be able to fail: on a real page, an image without alt text (any scheme) and text that reads
        // on the light background but not on the dark one (#333 on the page's own background).
        browser.colorScheme("light");
        browser.driver().get(Nginx.get().url("/"));
        browser.driver().executeScript("""
                const img = document.createElement('img'); img.src = '/favicon.svg'; img.id = 'no-alt';
                const p = document.querySelector('main p'); p.id = 'dark-only'; p.style.color = '#333';
                p.before(img);
                """);
        List<String> violations = new ArrayList<>();
        TreeSet<String> ran = new TreeSet<>();
        record("light", "/", run(Map.of("runOnly", Map.of("type", "tag", "values", TAGS))), ran, violations);
        browser.colorScheme("dark");
        record("dark", "/", run(Map.of("runOnly", Map.of("type", "rule", "values", COLOUR_RULES))), ran, violations);
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("light /: image-alt") && v.contains("#no-alt")), String.join("\n", violations));
        assertTrue(violations.stream().noneMatch(v -> v.startsWith("light /: color-contrast")), String.join("\n", violations));
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("dark /: color-contrast") && v.contains("#dark-only")), String.join("\n", violations));
    }

    /** axe.run on the page the browser shows, with these options; what RUN answers. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> run(Map<String, Object> options) {
        return (Map<String, Object>) browser.driver().executeAsyncScript(RUN, options);
    }

    /** Adds the ids of the rules that ran and every violation (scheme, page, rule, element); returns 1 run. */
    @SuppressWarnings("unchecked")
    static int record(String scheme, String path, Map<String, Object> results, TreeSet<String> rulesRun, List<String> violations) {
        if (results == null || results.containsKey("error")) { // axe itself failed on the page: a failure, never a silent pass
            violations.add(scheme + " " + path + ": axe did not run: " + (results == null ? "no answer" : results.get("error")));
            return 1;
        }
        rulesRun.addAll((List<String>) results.get("ran"));
        for (Map<String, Object> r : (List<Map<String, Object>>) results.get("violations")) {
            ((List<String>) r.get("targets")).forEach(target ->
                    violations.add(scheme + " " + path + ": " + r.get("id") + " (" + r.get("help") + ") at " + target));
        }
        return 1;
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
