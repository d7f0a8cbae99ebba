package clinic.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import clinic.site.files.FileTree;

/**
 * Debian's Chromium headless shell (package chromium-headless-shell: Chromium's own headless browser, the same Blink
 * and V8 as the chromium package, without the desktop browser around them; the kind Puppeteer and Playwright run for
 * tests) driven by its chromedriver, both explicit so Selenium never tries to download one. On every page of the site
 * it used a sixth less CPU than `chromium --headless=new` (decision 0039). Fails with the install command when they
 * are missing: browser checks are never skipped. The test classes borrow them from SharedBrowser, one class at a time
 * per browser, each starting from {@link #reset()}.
 */
public final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final Path temp;
    /** The browser process chromedriver started (its capability goog:processID). */
    private final ProcessHandle process;

    public Browser() {
        // Debian's packages by default; CHROMIUM_BIN / CHROMEDRIVER_BIN point elsewhere (e.g. a CI runner's Chrome,
        // for which --headless is its new headless mode).
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_BIN", "/usr/lib/chromium/chromium-headless-shell"));
        Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER_BIN", "/usr/bin/chromedriver"));
        if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
            throw new IllegalStateException("Chromium is not installed: run `sudo apt-get install -y chromium-headless-shell"
                    + " chromium-driver` (.ci/run does this).");
        }
        try {
            temp = Files.createTempDirectory("handoo-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        // No --user-data-dir (the headless shell, given one, opens no page that chromedriver finds): chromedriver makes
        // the profile, in its TMPDIR, a folder of this browser's own that close() deletes.
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic",
                // V8's first two tiers only (its interpreter and Sparkplug; no Maglev or TurboFan). Every page is a
                // new document, so axe's 560 KB are warmed again in each, and the optimising compilers' background
                // threads were a third of the renderer's CPU: a fifth less CPU for axe on every page (decision 0038).
                // What the pages' scripts do is the same in every tier; only how fast they run differs.
                "--js-flags=--max-opt=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingPort(FreePort.take())
                .withEnvironment(Map.of("TMPDIR", temp.toString())).build();
        driver = new ChromeDriver(service, options);
        process = ProcessHandle.of(((Number) driver.getCapabilities().getCapability("goog:processID")).longValue())
                .orElseThrow(() -> new IllegalStateException("the browser chromedriver started is not running"));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    /**
     * Back to the state of a browser just started, so that no test class sees what an earlier one left: a blank page,
     * the start window with no emulated viewport or colour scheme, no blocked URL, an empty cache and no cookies.
     */
    public Browser reset() {
        driver.get("about:blank");
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        driver.executeCdpCommand("Network.disable", Map.of()); // a class that enabled its events (SearchCrisisIT) is done
        driver.executeCdpCommand("Network.clearBrowserCache", Map.of());
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        clearViewport();
        return this;
    }

    /** Back to the viewport of the window the browser started with: no emulated size (as a reset leaves it). */
    public void clearViewport() {
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Sets the layout viewport in CSS pixels, as DevTools' device mode does. The window itself is not resized: a
     * window resize cost about 0.15 s of CPU each, and the page walk sets two widths on every page (decision 0039).
     */
    public void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    /** Emulates prefers-color-scheme: "light" or "dark". */
    public void colorScheme(String scheme) {
        driver.executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The browser's processes: the one chromedriver started and every process it started. */
    public List<ProcessHandle> processes() {
        return Stream.concat(Stream.of(process), process.descendants()).toList();
    }

    /**
     * Quits the browser and ends every process it started: a browser left running would go on using CPU and memory
     * after the tests (a wrapper script between chromedriver and the browser once left 60 processes behind). The
     * browser's own process has ended when the quit returns (else it is killed after 10 s). Its helpers (zygotes,
     * renderers) are then killed, as a crashed browser's would be, not waited for: on their own they took 1.4 to
     * 1.8 s more, and the JDK polls a process that is not its child every 0.3 s or longer, so each close cost about
     * 1.5 s, two of them at the end of every run. BrowserIT checks that nothing is left.
     */
    @Override
    public void close() {
        List<ProcessHandle> helpers = process.descendants().toList();
        driver.quit();
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            process.destroyForcibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        helpers.forEach(ProcessHandle::destroyForcibly);
        try {
            FileTree.delete(temp);
        } catch (IOException ignored) {
            // a leftover temp profile is harmless
        }
    }
}
