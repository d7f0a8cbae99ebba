package clinic.site.support;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The baked search page (/search/) in a real browser behind nginx: type as a reader would, read what it shows. */
public final class SearchPage {

    private SearchPage() {
    }

    /** Opens the search page, types the query, and returns the result paths once the count is announced. */
    public static List<String> search(WebDriver driver, String query) {
        type(driver, query);
        waitForStatus(driver, query);
        return links(driver);
    }

    /** What the search page showed for one query of {@link #searchAll}. */
    public record Outcome(String query, boolean crisisAtOnce, List<String> links, String crisisText) {
    }

    /** Queries per script call: each call stays well inside the driver's 30-s script timeout on a busy machine. */
    static final int BATCH = 15;

    /**
     * Searches each query on the real search page (opened when the browser shows another page), with its real
     * search.js and index, as a reader who searches a list of questions would, but in one script call per
     * {@value #BATCH} queries instead of a dozen driver round trips each: the field is emptied (and the page must then
     * show nothing: no results, no announcement, no crisis answer), the query is put in the field with the input event
     * that typing fires (when the crisis answer must already show: it never waits for the library), then submitted as
     * Enter submits it, and what the page shows is read once the live region announces the query. Fails naming the
     * query when the page was not emptied or never announced it. The keyboard itself is tested by SearchIT and
     * SearchCrisisIT with typed queries.
     */
    public static List<Outcome> searchAll(WebDriver driver, List<String> queries) {
        if (!driver.getCurrentUrl().startsWith(Nginx.get().url("/search/"))) {
            driver.get(Nginx.get().url("/search/"));
        }
        return searchAllHere(driver, queries);
    }

    /** searchAll on the search page the browser shows (a fixture's, or a search page in another language). */
    public static List<Outcome> searchAllHere(WebDriver driver, List<String> queries) {
        List<Outcome> outcomes = new ArrayList<>();
        for (int from = 0; from < queries.size(); from += BATCH) {
            List<String> batch = queries.subList(from, Math.min(queries.size(), from + BATCH));
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> shown = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeAsyncScript(SEARCH_ALL, batch);
            for (Map<String, Object> one : shown) {
                String query = (String) one.get("query");
                if (one.containsKey("failed")) {
                    throw new AssertionError("search for \"" + query + "\": " + one.get("failed"));
                }
                @SuppressWarnings("unchecked")
                List<String> links = (List<String>) one.get("links");
                outcomes.add(new Outcome(query, (Boolean) one.get("crisisAtOnce"), links, (String) one.get("crisisText")));
            }
        }
        return outcomes;
    }

    /** searchAll's script: arguments[0] the queries; answers one object per query (or a "failed" reason). */
    private static final String SEARCH_ALL = """
            const done = arguments[arguments.length - 1];
            const field = document.getElementById('search-q');
            const form = document.getElementById('search-form');
            const status = document.getElementById('search-status');
            const list = document.getElementById('search-results');
            const crisis = document.getElementById('search-crisis');
            const type = (value) => { field.value = value; field.dispatchEvent(new Event('input', {bubbles: true})); };
            const announced = (query) => new Promise((resolve) => {
              const quoted = `“${query.trim()}”`;
              const start = performance.now();
              const check = () => status.textContent.includes(quoted) ? resolve(true)
                : performance.now() - start > 10000 ? resolve(false) : setTimeout(check, 5);
              check();
            });
            (async () => {
              const out = [];
              for (const query of arguments[0]) {
                type('');
                form.requestSubmit();
                if (field.value !== '' || status.textContent !== '' || list.children.length > 0 || crisis.children.length > 0) {
                  out.push({query, failed: `the emptied page still shows "${status.textContent}", ${list.children.length} results, `
                    + `${crisis.children.length} crisis elements`});
                  break;
                }
                type(query);
                const crisisAtOnce = crisis.querySelector('.app-search-crisis__answer') !== null;
                form.requestSubmit();
                if (!await announced(query)) {
                  out.push({query, failed: `not announced within 10 s; the live region says "${status.textContent}"`});
                  break;
                }
                out.push({query, crisisAtOnce, crisisText: crisis.textContent.trim(),
                  links: [...list.querySelectorAll('a')].map((a) => new URL(a.href).pathname)});
              }
              return out;
            })().then(done, (e) => done([{query: '(script)', failed: String(e)}]));
            """;

    /** Opens the search page and types the query, without waiting for results. */
    public static void type(WebDriver driver, String query) {
        driver.get(Nginx.get().url("/search/"));
        WebElement field = driver.findElement(By.id("search-q"));
        field.click();
        field.sendKeys(query);
    }

    /** Waits until the live region announces results (or none) for the query. */
    public static void waitForStatus(WebDriver driver, String query) {
        waitFor(driver, () -> driver.findElement(By.id("search-status")).getText().contains("“" + query.trim() + "”"));
    }

    /** The result links' site paths, in order. */
    public static List<String> links(WebDriver driver) {
        return driver.findElements(By.cssSelector("#search-results a")).stream()
                .map(a -> URI.create(a.getAttribute("href")).getPath()).toList();
    }

    public static void waitFor(WebDriver driver, Supplier<Boolean> condition) {
        // Polled every 50 ms, not the default 500: a list of 50 searches would otherwise wait up to 25 s for nothing.
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(50)).until(d -> condition.get());
    }
}
