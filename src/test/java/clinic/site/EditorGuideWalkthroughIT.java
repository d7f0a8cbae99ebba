package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.BakedSite;
import clinic.site.support.FreePort;
import clinic.site.support.RunningPreview;

/**
 * docs/editor-guide.md, walked step by step as a new editor would: a clean clone of the repository (the commit the
 * tests run on), ./preview started as the guide says, pages read over HTTP; then a changed sentence, an article
 * copied from the starter (draft, then published), an overdue review, a news post, a moved page with its redirect and
 * three broken files, each through the same running preview (one process for the whole walk), and the build itself
 * on the broken files. Last, every message the guide quotes (its ```message blocks) must be a line the preview or the
 * build really printed during the walk, so the guide cannot drift from the program. It prints the times it measured
 * (saved to shown), the kind the guide quotes in section 1.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Order(2) // the second longest class: started first on a worker (LongestAtBothEnds)
class EditorGuideWalkthroughIT {

    @TempDir
    static Path dir;
    static Path site; // the clone: the editor's copy of the site
    static Path tmp; // the preview's temp directory (java.io.tmpdir), to see that Ctrl+C leaves nothing there
    static RunningPreview preview;
    static final StringBuilder buildOutput = new StringBuilder(); // what the build (not the preview) printed
    static final List<String> timings = new ArrayList<>();

    static final LocalDate TODAY = LocalDate.now();

    @BeforeAll
    static void cloneAndStartThePreview() throws Exception {
        // Section 1: git clone, cd, ./preview. The clone is of the commit under test, never of uncommitted files.
        Path project = BakedSite.project();
        String head = run(project, "git", "rev-parse", "HEAD").strip();
        site = dir.resolve("handoo-site");
        run(dir, "git", "clone", "--quiet", "--no-checkout", project.toString(), site.toString());
        run(site, "git", "checkout", "--quiet", head);
        tmp = Files.createDirectories(dir.resolve("tmp"));
        ProcessBuilder command = new ProcessBuilder("./preview").directory(site.toFile());
        command.environment().remove("CI"); // an editor's computer, not the CI server
        command.environment().put("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + tmp);
        long start = System.nanoTime();
        preview = RunningPreview.start(command, FreePort.take(), dir.resolve("preview.log"));
        timings.add(String.format("first start of ./preview (compile and first bake): %.0f s", seconds(start)));
    }

    @AfterAll
    static void stopAndTellTheTimes() throws InterruptedException {
        if (preview != null) {
            preview.stop();
        }
        System.out.println("EditorGuideWalkthroughIT timings (quoted in docs/editor-guide.md):\n  "
                + String.join("\n  ", timings));
    }

    @Test
    @Order(1)
    void s1_the_preview_serves_the_site() {
        String home = preview.get("/");
        assertTrue(home.startsWith("200\n") && home.contains("app-editor-note"), "the home page with the editors' note");
        assertTrue(preview.get("/patients/").startsWith("200\n"), "the patients' section");
    }

    @Test
    @Order(2)
    void s2_a_changed_sentence_shows_on_reload() throws IOException {
        Path file = site.resolve("content/patients/before-your-infusion/index.adoc");
        Files.writeString(file, Files.readString(file).replace("\n~~~~~~\n", "\n~~~~~~\nA sentence the walk-through added.\n\n"));
        long start = System.nanoTime();
        preview.eventually("the new sentence", () -> preview.get("/patients/before-your-infusion/")
                .contains("A sentence the walk-through added."));
        timings.add(String.format("a changed sentence, saved to shown: %.1f s", seconds(start)));
    }

    @Test
    @Order(3)
    void s3_a_new_article_from_the_starter_is_a_draft_in_its_section_then_published() throws Exception {
        Path file = site.resolve("content/patients/what-to-bring/index.adoc");
        Files.createDirectories(file.getParent());
        Files.copy(site.resolve("docs/starter-article.adoc"), file);
        fill(file, "title=What to bring", "description=What to bring on the day of your infusion.",
                "group=treatment", "order=25", "reviewed=" + TODAY.minusDays(1), "next_review=" + TODAY.plusMonths(6));
        long start = System.nanoTime();
        preview.eventually("the draft at its address", () -> preview.get("/patients/what-to-bring/")
                .contains("app-draft-banner"));
        timings.add(String.format("a new page, saved to shown: %.1f s", seconds(start)));
        Document section = Jsoup.parse(preview.get("/patients/"));
        assertEquals("Draft", section.select(".app-article-list__item:has(a[href=\"/patients/what-to-bring/\"])"
                + " .app-article-list__draft").text(), "the draft is listed, marked, in its section");
        assertFalse(preview.get("/sitemap.xml").contains("what-to-bring"), "a draft is not in the sitemap");

        fill(file, "status=published");
        preview.eventually("the published page", () -> {
            String page = preview.get("/patients/what-to-bring/");
            return page.startsWith("200\n") && page.contains("What to bring") && !page.contains("app-draft-banner");
        });
        preview.eventually("the preview to add its address to the list", () -> urlList().contains("- /patients/what-to-bring/"));
        assertTrue(Jsoup.parse(preview.get("/patients/")).select(".app-article-list__draft").isEmpty(),
                "no article is marked as a draft once published");
        // "Commit that file with your page" (the guide, section 3).
        run(site, "git", "add", "-A");
        run(site, "git", "-c", "user.name=Walk", "-c", "user.email=walk@example.org", "commit", "--quiet", "-m", "What to bring");
    }

    @Test
    @Order(4)
    void s7_an_overdue_review_stops_the_page_until_it_is_reviewed() throws IOException {
        Path file = site.resolve("content/patients/glossary/index.adoc");
        String original = Files.readString(file);
        fill(file, "reviewed=2024-11-24", "next_review=2025-11-24");
        preview.eventually("the overdue review in the terminal", () -> preview.logText()
                .contains("content/patients/glossary/index.adoc:11: the review was due on 2025-11-24."));
        String error = preview.get("/patients/glossary/");
        assertTrue(error.startsWith("500\n") && error.contains("This page could not be built")
                && error.contains("the review was due on 2025-11-24"), error);
        assertTrue(preview.get("/patients/").startsWith("200\n"), "the other pages keep working");
        Files.writeString(file, original);
        preview.eventually("the reviewed page", () -> preview.get("/patients/glossary/").startsWith("200\n"));
    }

    @Test
    @Order(5)
    void s8_a_news_post_is_listed_on_the_news_page_the_home_page_and_the_feed() throws IOException {
        Path file = site.resolve("content/news/our-new-opening-hours/index.adoc");
        Files.createDirectories(file.getParent());
        Files.copy(site.resolve("content/news/new-website/index.adoc"), file);
        fill(file, "title=Our new opening hours", "description=The clinic now opens earlier on weekdays.",
                "published=" + TODAY, "author=Clinic editorial team");
        preview.eventually("the post on the news page, the home page and the feed", () ->
                preview.get("/news/").contains("Our new opening hours") && preview.get("/").contains("Our new opening hours")
                        && preview.get("/news/feed.xml").contains("Our new opening hours"));
        preview.eventually("the post's address in the list", () -> urlList().contains("- /news/our-new-opening-hours/"));
    }

    @Test
    @Order(6)
    void s3_a_new_page_renamed_before_it_was_committed_needs_no_redirect() throws IOException {
        Path from = site.resolve("content/news/our-new-opening-hours");
        Files.move(from, site.resolve("content/news/new-opening-hours"));
        preview.eventually("the renamed post", () -> preview.get("/news/new-opening-hours/").startsWith("200\n"));
        assertFalse(urlList().contains("- /news/our-new-opening-hours/"), "the never-committed address is taken out");
        assertTrue(preview.logText().contains("Took /news/our-new-opening-hours/ out of data/published-urls.yaml again"),
                preview.logText());
    }

    @Test
    @Order(7)
    void s9_a_moved_page_is_named_at_its_old_address_until_it_redirects() throws IOException {
        Files.move(site.resolve("content/patients/what-to-bring"), site.resolve("content/patients/what-to-take"));
        String gone = "/patients/what-to-bring/ was published before and is now gone.";
        preview.eventually("the old address named in the terminal", () -> preview.logText().contains(gone));
        String error = preview.get("/patients/what-to-bring/");
        assertTrue(error.startsWith("500\n") && error.contains("This address no longer leads to a page")
                && error.contains(gone) && error.contains("redirect_from=/patients/what-to-bring/"), error);
        Path moved = site.resolve("content/patients/what-to-take/index.adoc");
        fill(moved, "redirect_from=/patients/what-to-bring/");
        preview.eventually("the old address to lead to the new one", () ->
                "/patients/what-to-take/".equals(preview.location("/patients/what-to-bring/")));
        assertTrue(preview.get("/patients/what-to-take/").contains("What to bring"), "the page at its new address");
        preview.eventually("the new address in the list", () -> urlList().contains("- /patients/what-to-take/"));
        assertTrue(urlList().contains("- /patients/what-to-bring/"), "the old address stays in the list");
    }

    @Test
    @Order(8)
    void s10_broken_files_are_named_in_the_terminal_the_browser_and_the_build() throws Exception {
        Path badDate = site.resolve("content/patients/bad-date/index.adoc");
        Path newPage = site.resolve("content/patients/new-page/index.adoc");
        for (Path file : List.of(badDate, newPage)) {
            Files.createDirectories(file.getParent());
            Files.copy(site.resolve("docs/starter-article.adoc"), file);
            fill(file, "title=A page", "description=A page with one mistake.", "group=treatment", "order=90",
                    "reviewed=" + TODAY.minusDays(1), "next_review=" + TODAY.plusMonths(6), "status=published");
        }
        fill(badDate, "reviewed=24/11/2026");
        Files.writeString(newPage, Files.readString(newPage).replace("\ncare_card=", "\ncare_crad="));
        Files.writeString(site.resolve("content/patients/notes.txt"), "Notes an editor left in content/.\n");
        preview.eventually("the three problems in the terminal", () -> preview.logText().contains("unknown field 'care_crad'")
                && preview.logText().contains("content/patients/notes.txt: cannot be published")
                && preview.logText().contains("content/patients/bad-date/index.adoc:10: field 'reviewed' is '24/11/2026'"));
        String error = preview.get("/patients/new-page/");
        assertTrue(error.startsWith("500\n") && error.contains("This page could not be built")
                && error.contains("content/patients/new-page/index.adoc:12: unknown field 'care_crad': did you mean"), error);
        assertTrue(preview.get("/patients/what-to-take/").startsWith("200\n"), "the other pages keep working");

        // The build (what mvn package runs, pom.xml execution bake) on the same files refuses, with the same lines.
        String printed = BakeCommandIT.bake(site, dir.resolve("baked"), Map.of(), 1);
        buildOutput.append(printed);
        assertTrue(printed.contains(Site.NOT_BUILT) && printed.contains("unknown field 'care_crad'"), printed);

        Files.delete(site.resolve("content/patients/notes.txt"));
        fill(badDate, "reviewed=" + TODAY.minusDays(1));
        Files.writeString(newPage, Files.readString(newPage).replace("\ncare_crad=", "\ncare_card="));
        preview.eventually("the mended pages", () -> preview.get("/patients/new-page/").startsWith("200\n")
                && preview.get("/patients/bad-date/").startsWith("200\n"));
    }

    @Test
    @Order(9)
    void no_rebuilt_line_follows_a_refused_bake() {
        List<String> lines = preview.logText().lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rebuilt in")) {
                String before = lines.get(i - 1);
                assertFalse(before.startsWith("The preview was not updated") || before.startsWith("content/")
                        || before.startsWith("data/"), "'" + lines.get(i) + "' right after '" + before + "'");
            }
        }
    }

    /**
     * Every line of every ```message block in the guide is a line the preview or the build printed during the walk.
     * The one part a message cannot fix in advance, the line of an address in data/published-urls.yaml (the guide
     * says so next to it), may be any number.
     */
    static final Pattern LIST_LINE = Pattern.compile("(data/published-urls\\.yaml:)[0-9]+(:.*)");

    @Test
    @Order(10)
    void every_message_the_guide_quotes_is_printed_by_the_program() throws IOException {
        String guide = Files.readString(site.resolve("docs/editor-guide.md"));
        Matcher block = Pattern.compile("(?m)^( *)```message\\n(.*?)^ *```$", Pattern.DOTALL).matcher(guide);
        List<String> printed = Stream.concat(preview.logText().lines(), buildOutput.toString().lines())
                .map(String::strip).toList();
        int quoted = 0;
        while (block.find()) {
            for (String line : block.group(2).lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
                Matcher listLine = LIST_LINE.matcher(line);
                Pattern expected = Pattern.compile(listLine.matches()
                        ? Pattern.quote(listLine.group(1)) + "[0-9]+" + Pattern.quote(listLine.group(2)) : Pattern.quote(line));
                assertTrue(printed.stream().anyMatch(p -> expected.matcher(p).matches()),
                        "the guide quotes a message nothing printed:\n" + line + "\n\nprinted:\n" + String.join("\n", printed));
                quoted++;
            }
        }
        assertTrue(quoted >= 8, "the guide's message blocks were not found (" + quoted + " lines)");
    }

    @Test
    @Order(11)
    void s1_ctrl_c_stops_the_preview_and_leaves_nothing_in_the_temp_folder() throws Exception {
        assertTrue(preview.stop(), "the preview did not stop within 30 seconds");
        try (Stream<Path> left = Files.list(tmp)) {
            assertEquals(List.of(), left.filter(p -> p.getFileName().toString().startsWith("handoo-preview")).toList());
        }
    }

    /** Sets header fields ("name=value"): replaces the field's line, or adds the line above ~~~~~~. */
    static void fill(Path file, String... fields) throws IOException {
        String text = Files.readString(file);
        for (String field : fields) {
            String name = field.substring(0, field.indexOf('=') + 1);
            Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + ".*$").matcher(text);
            int separator = text.indexOf("~~~~~~");
            text = line.find() && line.start() < separator ? line.replaceFirst(Matcher.quoteReplacement(field))
                    : text.substring(0, separator) + field + "\n" + text.substring(separator);
        }
        Files.writeString(file, text);
    }

    static String urlList() {
        try {
            return Files.readString(site.resolve("data/published-urls.yaml"));
        } catch (IOException e) {
            return "";
        }
    }

    static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Runs a command in `in`, returns its output; fails the walk when it fails. */
    static String run(Path in, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(in.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + out);
        return out;
    }
}
