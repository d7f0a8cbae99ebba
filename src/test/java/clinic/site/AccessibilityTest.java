package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.Nginx;

/**
 * axe-core in real headless Chromium, every page: all WCAG 2.0/2.1/2.2 A and AA rules in the light scheme, then, on the
 * same page load, the colour rules again in the dark scheme (prefers-color-scheme changes without a reload; every
 * other rule sees the same markup in both schemes, so running them twice would only double the time).
 */
class AccessibilityTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The axe rules whose outcome depends on colours: contrast of text, and links told apart from text. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
    static Browser browser;

    @BeforeAll
    static void open() {
        browser = new Browser();
    }

    @AfterAll
    static void close() {
        browser.close();
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
            checks += record("light", path, new AxeBuilder().withTags(TAGS).analyze(browser.driver()), rulesRun, violations);
            browser.colorScheme("dark");
            checks += record("dark", path, new AxeBuilder().withOnlyRules(COLOUR_RULES).analyze(browser.driver()), darkRulesRun, violations);
        }
        System.out.println("axe: " + rulesRun.size() + " rules on " + BakedSite.pages().size() + " pages (light), "
                + darkRulesRun + " again in dark; " + checks + " runs");
        assertTrue(rulesRun.size() > 50, "axe ran suspiciously few rules: " + rulesRun);
        assertTrue(darkRulesRun.containsAll(COLOUR_RULES), "the colour rules did not run in dark: " + darkRulesRun);
        assertTrue(violations.isEmpty(), violations.size() + " axe violation(s):\n" + String.join("\n", violations));
    }

    /** Adds the ids of the rules that ran and every violation (scheme, page, rule, element); returns 1 run. */
    static int record(String scheme, String path, Results results, TreeSet<String> rulesRun, List<String> violations) {
        for (List<Rule> rules : List.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())) {
            rules.forEach(r -> rulesRun.add(r.getId()));
        }
        for (Rule r : results.getViolations()) {
            r.getNodes().forEach(n -> violations.add(scheme + " " + path + ": " + r.getId() + " (" + r.getHelp() + ") at " + n.getTarget()));
        }
        return 1;
    }
}
