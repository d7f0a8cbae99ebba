package clinic.site.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * The editors' preview running as its own process (clinic.site.Site preview, or ./preview itself), on a free port,
 * its terminal output in a log file, read over HTTP as a browser would. Used by PreviewIT and
 * EditorGuideWalkthroughIT.
 */
public final class RunningPreview {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final Process process;
    private final Path log;
    private final int port;

    private RunningPreview(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts `command` (a preview) with PREVIEW_PORT set to `port`, its output (both streams) into `log`, and waits
     * until it says "Preview ready". The preview ends with this test JVM, even when the run is killed.
     */
    public static RunningPreview start(ProcessBuilder command, int port, Path log) throws IOException {
        return start(command, port, log, ProcessHandle.current());
    }

    /** As {@link #start(ProcessBuilder, int, Path)}, the preview ending when `owner` ends (PREVIEW_OWNER_PID). */
    public static RunningPreview start(ProcessBuilder command, int port, Path log, ProcessHandle owner) throws IOException {
        command.environment().put("PREVIEW_PORT", String.valueOf(port));
        command.environment().put("PREVIEW_OWNER_PID", String.valueOf(owner.pid()));
        command.redirectErrorStream(true).redirectOutput(log.toFile());
        RunningPreview preview = new RunningPreview(command.start(), log, port);
        preview.eventually("the preview to start", () -> preview.logText().contains("Preview ready"));
        return preview;
    }

    /** "status\nbody" of the page at `path`; "" when the preview does not answer. */
    public String get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(request(path), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + "\n" + r.body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The Location of the redirect (301) answered at `path`, or null when it answers anything else. */
    public String location(String path) {
        try {
            HttpResponse<Void> r = HTTP.send(request(path), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 301 ? r.headers().firstValue("Location").orElse(null) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    }

    /** All the preview has printed so far. */
    public String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits up to 3 minutes (a first bake on a busy CI machine) for the condition; fails with the preview's log. */
    public void eventually(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < end) {
            if (!process.isAlive()) {
                fail("the preview stopped while waiting for " + what + ":\n" + logText());
            }
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("timed out waiting for " + what + ". Preview log:\n" + logText());
    }

    /** True when the preview's process has ended, waiting up to `seconds` for it. */
    public boolean ended(int seconds) throws InterruptedException {
        return process.waitFor(seconds, TimeUnit.SECONDS);
    }

    /** Stops it as Ctrl+C does (SIGTERM runs the same shutdown hooks); true when it ended within 30 seconds. */
    public boolean stop() throws InterruptedException {
        process.destroy();
        if (process.waitFor(30, TimeUnit.SECONDS)) {
            return true;
        }
        process.destroyForcibly();
        return false;
    }
}
