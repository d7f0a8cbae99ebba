package clinic.site.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The tests' browser leaves nothing running: closing it ends every process it started. */
class BrowserIT {

    @Test
    void closing_the_browser_ends_every_process_it_started() {
        Browser browser = new Browser();
        browser.driver().get("data:text/html,<title>t</title><p>a page, so that a renderer runs");
        List<ProcessHandle> processes = browser.processes();
        assertTrue(processes.size() >= 3, "the browser and its helpers (zygote, GPU, network, renderer): " + processes);
        browser.close();
        // A killed process is gone once its new parent has reaped it, which the JDK learns by polling: a few seconds.
        assertEquals(List.of(), processes.stream().filter(p -> !endsWithin(p, 5)).map(p -> p.pid() + " "
                + p.info().commandLine().orElse("?")).toList(), "still running 5 s after close");
    }

    private static boolean endsWithin(ProcessHandle p, int seconds) {
        try {
            p.onExit().get(seconds, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
