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

/** axe-core in real headless Chromium, WCAG 2.0/2.1/2.2 A and AA rules, every page, light and dark. */
class AccessibilityTest {

    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
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
        int checks = 0;
        for (String scheme : List.of("light", "dark")) {
            browser.colorScheme(scheme);
            for (Path page : BakedSite.pages()) {
                String path = BakedSite.sitePath(page);
                browser.driver().get(Nginx.get().url(path));
                Results results = new AxeBuilder().withTags(TAGS).analyze(browser.driver());
                checks++;
                for (List<Rule> rules : List.of(results.getPasses(), results.getViolations(), results.getIncomplete(), results.getInapplicable())) {
                    rules.forEach(r -> rulesRun.add(r.getId()));
                }
                for (Rule r : results.getViolations()) {
                    r.getNodes().forEach(n -> violations.add(scheme + " " + path + ": " + r.getId() + " (" + r.getHelp() + ") at " + n.getTarget()));
                }
            }
        }
        System.out.println("axe: " + rulesRun.size() + " rules run on " + checks + " page loads (" + BakedSite.pages().size() + " pages x light and dark)");
        assertTrue(rulesRun.size() > 50, "axe ran suspiciously few rules: " + rulesRun);
        assertTrue(violations.isEmpty(), violations.size() + " axe violation(s):\n" + String.join("\n", violations));
    }
}
