package clinic.site.support;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

    /**
     * Types the query into the search page the browser already shows (opening it when it shows another page), as a
     * reader searching again would: the field is emptied first, and the query typed only once the page shows nothing
     * (no results, no announcement, no crisis answer), so nothing on it is left from the query before. One page load
     * for a whole list of queries.
     */
    public static void retype(WebDriver driver, String query) {
        if (!driver.getCurrentUrl().startsWith(Nginx.get().url("/search/"))) {
            driver.get(Nginx.get().url("/search/"));
        }
        WebElement field = driver.findElement(By.id("search-q"));
        field.click();
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        waitFor(driver, () -> field.getAttribute("value").isEmpty()
                && driver.findElement(By.id("search-status")).getText().isEmpty()
                && driver.findElements(By.cssSelector("#search-results > *")).isEmpty()
                && driver.findElements(By.cssSelector("#search-crisis > *")).isEmpty());
        field.sendKeys(query);
    }

    /**
     * Like search(), on the page already open: retype(), then Enter, as a reader who searches a list of questions
     * would, then the result paths once the count is announced. Enter has the page announce at once; a query only
     * typed is announced once the reader pauses (600 ms, search.js), which search() and SearchIT keep testing.
     */
    public static List<String> searchAgain(WebDriver driver, String query) {
        retype(driver, query);
        driver.findElement(By.id("search-q")).sendKeys(Keys.ENTER);
        waitForStatus(driver, query);
        return links(driver);
    }

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
