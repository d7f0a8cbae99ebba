package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.SharedBrowser;
import clinic.site.support.Nginx;

/**
 * axe-core in real headless Chromium, every page: all WCAG 2.0/2.1/2.2 A and AA rules in the light scheme, then, on the
 * same page load, the colour rules again in the dark scheme (prefers-color-scheme changes without a reload; every
 * other rule sees the same markup in both schemes, so running them twice would only double the time).
 */
@ExtendWith(SharedBrowser.class)
class AccessibilityIT {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    /** The axe rules whose outcome depends on colours: contrast of text, and links told apart from text. */
    static final List<String> COLOUR_RULES = List.of("color-contrast", "link-in-text-block");
    static Browser browser;

    @BeforeAll
    static void open(Browser shared) {
        browser = shared;
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
            checks += record("light", path, axe().withTags(TAGS).analyze(browser.driver()), rulesRun, violations);
            browser.colorScheme("dark");
            checks += record("dark", path, axe().withOnlyRules(COLOUR_RULES).analyze(browser.driver()), darkRulesRun, violations);
        }
        System.out.println("axe: " + rulesRun.size() + " rules on " + BakedSite.pages().size() + " pages (light), "
                + darkRulesRun + " again in dark; " + checks + " runs");
        assertTrue(rulesRun.size() > 50, "axe ran suspiciously few rules: " + rulesRun);
        assertTrue(darkRulesRun.containsAll(COLOUR_RULES), "the colour rules did not run in dark: " + darkRulesRun);
        assertTrue(violations.isEmpty(), violations.size() + " axe violation(s):\n" + String.join("\n", violations));
    }

    /**
     * axe run inside the page itself ("legacy mode"): the default opens an about:blank window around every run to
     * reach cross-origin frames, which these pages do not have; it doubled each run and timed out on a busy machine.
     */
    static AxeBuilder axe() {
        return new AxeBuilder().setLegacyMode(true);
    }

    /** Adds the ids of the rules that ran and every violation (scheme, page, rule, element); returns 1 run. */
    static int record(String scheme, String path, Results results, TreeSet<String> rulesRun, List<String> violations) {
        if (results.isErrored()) { // axe itself failed on the page: a failure, never a silent pass
            violations.add(scheme + " " + path + ": axe did not run: " + results.getErrorMessage());
            return 1;
        }
        // A list axe had nothing for may come back as null rather than empty.
        Stream.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())
                .filter(Objects::nonNull).flatMap(List::stream).forEach(r -> rulesRun.add(r.getId()));
        for (Rule r : Objects.requireNonNullElse(results.getViolations(), List.<Rule>of())) {
            r.getNodes().forEach(n -> violations.add(scheme + " " + path + ": " + r.getId() + " (" + r.getHelp() + ") at " + n.getTarget()));
        }
        return 1;
    }
}
