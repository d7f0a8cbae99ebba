package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.FixtureSite;
import clinic.site.support.SiteProgram;

/**
 * The editors' preview (clinic.site.Site preview), started as ./preview starts it, on a fixture site. It converts
 * again only the articles that changed, and renders only the changed page when just its text changed, so these
 * tests prove that nothing it keeps goes stale: a renamed article is renamed in its section's list too, a deleted
 * article's page goes away, a change to an included part (which leaves the including article's own file untouched)
 * still reaches the page, a changed sentence reaches the page and the search index while the rest stays served, and a
 * broken sentence is reported in the terminal and at the page's address while every other page stays served.
 */
class PreviewIT {

    @TempDir
    static Path dir;
    static Process preview;
    static Path log;
    static int port;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        new FixtureSite(dir).withMinimalHome()
                .write("patients/first/index.adoc", article("First article"))
                .write("patients/second/index.adoc", article("Second article"))
                .write("_partials/.jbakeignore", "Parts included by pages.\n")
                .write("_partials/note.adoc", "Partial text one.\n")
                .write("patients/third/index.adoc", article("Third article") + "\ninclude::../../_partials/note.adoc[]\n")
                .write("patients/fourth/index.adoc", article("Fourth article"))
                .write("patients/fifth/index.adoc", article("Fifth article"));
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        log = dir.resolve("preview.log");
        ProcessBuilder pb = SiteProgram.command("preview", dir.toString());
        pb.environment().put("PREVIEW_PORT", String.valueOf(port));
        pb.redirectErrorStream(true).redirectOutput(log.toFile());
        preview = pb.start();
        eventually("the preview to start", () -> logText().contains("Preview ready"));
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.destroyForcibly();
        }
    }

    @Test
    void a_renamed_article_is_renamed_on_its_page_and_in_its_section_list() throws IOException {
        assertTrue(get("/patients/").contains("First article"), "the section lists the article before the change");
        Files.writeString(dir.resolve("content/patients/first/index.adoc"), article("Renamed article"));
        eventually("the new title on the article and in the section list", () ->
                get("/patients/first/").contains("Renamed article")
                        && get("/patients/").contains("Renamed article") && !get("/patients/").contains("First article"));
    }

    @Test
    void a_deleted_article_is_gone_from_its_address_and_its_section_list() throws IOException {
        assertTrue(get("/patients/second/").contains("Second article"), "the article is served before the change");
        Files.delete(dir.resolve("content/patients/second/index.adoc"));
        eventually("the deleted article to be gone", () ->
                !get("/patients/second/").contains("Second article") && !get("/patients/").contains("Second article"));
    }

    @Test
    void a_changed_included_part_reaches_the_page_that_includes_it() throws IOException {
        assertTrue(get("/patients/third/").contains("Partial text one."), "the included text before the change");
        Files.writeString(dir.resolve("content/_partials/note.adoc"), "Partial text two.\n");
        eventually("the new included text", () -> get("/patients/third/").contains("Partial text two."));
    }

    @Test
    void a_changed_sentence_reaches_the_page_and_the_search_index_and_the_site_wide_files_stay() throws IOException {
        Path file = dir.resolve("content/patients/fourth/index.adoc");
        assertTrue(get("/search-index.json").contains("Some plain text"), "the search index before the change");
        replaceIn(file, "Some plain text.", "Zanzibar plain text.");
        eventually("the new sentence on the page and in the search index", () ->
                get("/patients/fourth/").contains("Zanzibar plain text.")
                        && get("/search-index.json").contains("Zanzibar"));
        assertTrue(get("/sitemap.xml").contains("/patients/fourth/"), "the sitemap is still served");
        assertTrue(get("/patients/").contains("Fourth article"), "the section page is still served");
    }

    @Test
    void a_broken_sentence_is_reported_and_the_page_keeps_its_last_good_version() throws IOException {
        Path file = dir.resolve("content/patients/fifth/index.adoc");
        assertTrue(get("/patients/fifth/").contains("Some plain text."), "the page before the change");
        replaceIn(file, "Some plain text.", "image::/favicon.svg[]");
        eventually("the editor's line for the picture without alt text", () ->
                logText().contains("content/patients/fifth/index.adoc:13: image /favicon.svg has no alt text."));
        // In the browser: the page's problem, as the terminal prints it, on a page that reloads until it is fixed;
        // every other page keeps its last good version.
        String error = get("/patients/fifth/");
        assertTrue(error.startsWith("500\n") && error.contains("This page could not be built")
                && error.contains("content/patients/fifth/index.adoc:13: image /favicon.svg has no alt text.")
                && error.contains("http-equiv=\"refresh\""), error);
        assertTrue(get("/patients/fourth/").contains("Fourth article"), "another page is still served");
        replaceIn(file, "image::/favicon.svg[]", "Mended plain text.");
        eventually("the mended page", () -> get("/patients/fifth/").contains("Mended plain text."));
    }

    /** Saves `file` with `from` replaced by `to`, as an editor's change to one sentence. */
    static void replaceIn(Path file, String from, String to) throws IOException {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }

    static String get(String path) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return r.statusCode() + "\n" + r.body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static String logText() {
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits up to 3 minutes (a first bake on a busy CI machine) for the condition; fails with the preview's log. */
    static void eventually(String what, BooleanSupplier condition) {
        long end = System.nanoTime() + 180_000_000_000L;
        while (System.nanoTime() < end) {
            if (!preview.isAlive()) {
                fail("the preview stopped while waiting for " + what + ":\n" + logText());
            }
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        fail("timed out waiting for " + what + ". Preview log:\n" + logText());
    }
}
