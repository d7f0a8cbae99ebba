package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.FixtureSite;
import clinic.site.support.FreePort;
import clinic.site.support.RunningPreview;
import clinic.site.support.SiteProgram;

/**
 * The editors' preview (clinic.site.Site preview), started as ./preview starts it, on a fixture site. It converts
 * again only the articles that changed, and renders only the changed page when just its text changed, so these
 * tests prove that nothing it keeps goes stale: a renamed article is renamed in its section's list too, a deleted
 * article's page goes away, a change to an included part (which leaves the including article's own file untouched)
 * still reaches the page, a changed sentence reaches the page and the search index while the rest stays served, and a
 * broken sentence is reported in the terminal and at the page's address while every other page stays served. And the
 * preview is the site: a draft is listed, marked, on its section page; a published address that disappears is named
 * at once at that address, and a redirect_from makes it a real redirect; a page the preview itself added to the URL
 * list and that goes away before it was committed (the deleted article here) is taken out of the list again.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the owner test last; the others keep JUnit's default order
@Order(6) // the sixth longest class: started first on a worker (LongestAtBothEnds)
class PreviewIT {

    @TempDir
    static Path dir;
    static RunningPreview preview;
    /** The program that started the preview, as far as the preview knows (PREVIEW_OWNER_PID): killed by the last test. */
    static Process owner;

    @BeforeAll
    static void start() throws Exception {
        new FixtureSite(dir).withMinimalHome()
                .write("patients/first/index.adoc", article("First article"))
                .write("patients/second/index.adoc", article("Second article"))
                .write("_partials/.jbakeignore", "Parts included by pages.\n")
                .write("_partials/note.adoc", "Partial text one.\n")
                .write("patients/third/index.adoc", article("Third article") + "\ninclude::../../_partials/note.adoc[]\n")
                .write("patients/fourth/index.adoc", article("Fourth article"))
                .write("patients/fifth/index.adoc", article("Fifth article"))
                .write("patients/sixth/index.adoc", article("Sixth article in the works", "status=draft", "order=60"))
                .write("patients/seventh/index.adoc", article("Seventh article"))
                .write("patients/eighth/index.adoc", article("Eighth article"))
                .writeFile("data/published-urls.yaml", "- /patients/seventh/\n");
        owner = new ProcessBuilder("sleep", "600").start();
        preview = RunningPreview.start(SiteProgram.command("preview", dir.toString()), FreePort.take(),
                dir.resolve("preview.log"), owner.toHandle());
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (preview != null) {
            preview.stop(); // as Ctrl+C: the preview removes its temp folder (EditorGuideWalkthroughIT checks it)
        }
        if (owner != null) {
            owner.destroyForcibly();
        }
    }

    @Test
    @Order(Integer.MAX_VALUE) // last: it ends the preview
    void the_preview_ends_when_the_program_that_started_it_is_killed() throws Exception {
        // A test run killed mid-way (Ctrl+C on Maven) cannot stop its previews, which would go on using CPU and ports.
        assertTrue(preview.get("/").startsWith("200\n"), "the preview is serving before its owner is killed");
        owner.destroyForcibly(); // SIGKILL: the owner gets no chance to stop the preview itself
        assertTrue(preview.ended(30), "the preview outlived the program that started it:\n" + preview.logText());
        assertTrue(preview.logText().contains("The program that started this preview has ended"), preview.logText());
    }

    @Test
    void a_draft_is_listed_on_its_section_page_marked_as_a_draft() throws IOException {
        String section = preview.get("/patients/");
        Element draft = Jsoup.parse(section).selectFirst(".app-article-list__item:has(a[href=\"/patients/sixth/\"])");
        assertTrue(draft != null && draft.text().contains("Sixth article in the works")
                && "Draft".equals(draft.select(".app-article-list__draft").text()), section);
        assertTrue(Jsoup.parse(section).select(".app-article-list__draft").size() == 1, "only the draft is marked");
        assertTrue(preview.get("/patients/sixth/").contains("app-draft-banner"), "the draft at its own address, with the banner");
    }

    @Test
    void a_published_address_that_disappears_is_named_at_once_and_a_redirect_mends_it() throws IOException {
        assertTrue(preview.get("/patients/seventh/").contains("Seventh article"), "the page before the change");
        Files.delete(dir.resolve("content/patients/seventh/index.adoc"));
        // The line of the address in the list, which the preview has kept since it started (NewPageUrls).
        int at = Files.readAllLines(dir.resolve("data/published-urls.yaml")).indexOf("- /patients/seventh/") + 1;
        String line = "data/published-urls.yaml:" + at + ": /patients/seventh/ was published before and is now gone."
                + " If the page moved, add redirect_from=/patients/seventh/ to the page that replaces it.";
        preview.eventually("the terminal to name the address", () -> preview.logText().contains(line));
        // In the browser, at the old address the editor is looking at: the same line, and where the guide explains it.
        String error = preview.get("/patients/seventh/");
        assertTrue(error.startsWith("500\n") && error.contains("This address no longer leads to a page")
                && error.contains(line) && error.contains("Moving or renaming a page"), error);
        assertTrue(preview.get("/patients/eighth/").contains("Eighth article"), "another page is still served");
        Files.writeString(dir.resolve("content/patients/eighth/index.adoc"),
                article("Eighth article", "redirect_from=/patients/seventh/"));
        preview.eventually("the old address to redirect", () -> "/patients/eighth/".equals(preview.location("/patients/seventh/")));
        assertTrue("/patients/eighth/".equals(preview.location("/patients/seventh")), "the old address without its slash too");
    }

    @Test
    void a_renamed_article_is_renamed_on_its_page_and_in_its_section_list() throws IOException {
        assertTrue(preview.get("/patients/").contains("First article"), "the section lists the article before the change");
        Files.writeString(dir.resolve("content/patients/first/index.adoc"), article("Renamed article"));
        preview.eventually("the new title on the article and in the section list", () ->
                preview.get("/patients/first/").contains("Renamed article")
                        && preview.get("/patients/").contains("Renamed article") && !preview.get("/patients/").contains("First article"));
    }

    @Test
    void a_deleted_article_is_gone_from_its_address_and_its_section_list() throws IOException {
        assertTrue(preview.get("/patients/second/").contains("Second article"), "the article is served before the change");
        Files.delete(dir.resolve("content/patients/second/index.adoc"));
        preview.eventually("the deleted article to be gone", () ->
                !preview.get("/patients/second/").contains("Second article") && !preview.get("/patients/").contains("Second article"));
    }

    @Test
    void a_changed_included_part_reaches_the_page_that_includes_it() throws IOException {
        assertTrue(preview.get("/patients/third/").contains("Partial text one."), "the included text before the change");
        Files.writeString(dir.resolve("content/_partials/note.adoc"), "Partial text two.\n");
        preview.eventually("the new included text", () -> preview.get("/patients/third/").contains("Partial text two."));
    }

    @Test
    void a_changed_sentence_reaches_the_page_and_the_search_index_and_the_site_wide_files_stay() throws IOException {
        Path file = dir.resolve("content/patients/fourth/index.adoc");
        assertTrue(preview.get("/search-index.json").contains("Some plain text"), "the search index before the change");
        replaceIn(file, "Some plain text.", "Zanzibar plain text.");
        preview.eventually("the new sentence on the page and in the search index", () ->
                preview.get("/patients/fourth/").contains("Zanzibar plain text.")
                        && preview.get("/search-index.json").contains("Zanzibar"));
        assertTrue(preview.get("/sitemap.xml").contains("/patients/fourth/"), "the sitemap is still served");
        assertTrue(preview.get("/patients/").contains("Fourth article"), "the section page is still served");
    }

    @Test
    void a_broken_sentence_is_reported_and_the_page_keeps_its_last_good_version() throws IOException {
        Path file = dir.resolve("content/patients/fifth/index.adoc");
        assertTrue(preview.get("/patients/fifth/").contains("Some plain text."), "the page before the change");
        replaceIn(file, "Some plain text.", "image::/favicon.svg[]");
        preview.eventually("the editor's line for the picture without alt text", () ->
                preview.logText().contains("content/patients/fifth/index.adoc:13: image /favicon.svg has no alt text."));
        // In the browser: the page's problem, as the terminal prints it, on a page that reloads until it is fixed;
        // every other page keeps its last good version.
        String error = preview.get("/patients/fifth/");
        assertTrue(error.startsWith("500\n") && error.contains("This page could not be built")
                && error.contains("content/patients/fifth/index.adoc:13: image /favicon.svg has no alt text.")
                && error.contains("http-equiv=\"refresh\""), error);
        assertTrue(preview.get("/patients/fourth/").contains("Fourth article"), "another page is still served");
        replaceIn(file, "image::/favicon.svg[]", "Mended plain text.");
        preview.eventually("the mended page", () -> preview.get("/patients/fifth/").contains("Mended plain text."));
    }

    /** Saves `file` with `from` replaced by `to`, as an editor's change to one sentence. */
    static void replaceIn(Path file, String from, String to) throws IOException {
        Files.writeString(file, Files.readString(file).replace(from, to));
    }
}
