package clinic.site.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import clinic.site.ci.GithubAnnotations.Problem;

/**
 * Build problems as GitHub workflow commands and a job summary (issue 17), from the engine's own messages. The bake
 * command itself in a workflow: BakeCommandIT.
 */
class GithubAnnotationsTest {

    @Test
    void a_file_and_line_message_becomes_an_annotation_on_that_line() {
        List<Problem> problems = GithubAnnotations.parse(List.of("content/patients/x/index.adoc:5: field 'reviewed' is '24/11/2026'"));
        assertEquals(List.of(new Problem("content/patients/x/index.adoc", 5, "field 'reviewed' is '24/11/2026'")), problems);
        assertEquals("::error file=content/patients/x/index.adoc,line=5::field 'reviewed' is '24/11/2026'",
                GithubAnnotations.command(problems.get(0)));
    }

    @Test
    void the_block_form_gives_one_annotation_per_problem_on_its_file() {
        List<Problem> problems = GithubAnnotations.parse(List.of(
                "\ncontent/a/index.adoc cannot be published:\n  - field 'title' is missing.\n  - field 'order' is 'x'.\n",
                "\nThe site cannot be published:\n  - content/b.png cannot be published from content/: pictures go in assets/images/.\n  - /old/ was published before and is now gone.\n"));
        assertEquals(List.of(
                new Problem("content/a/index.adoc", null, "field 'title' is missing."),
                new Problem("content/a/index.adoc", null, "field 'order' is 'x'."),
                new Problem("content/b.png", null, "content/b.png cannot be published from content/: pictures go in assets/images/."),
                new Problem(null, null, "/old/ was published before and is now gone.")), problems);
        assertEquals("::error file=content/a/index.adoc::field 'title' is missing.", GithubAnnotations.command(problems.get(0)));
        assertEquals("::error::/old/ was published before and is now gone.", GithubAnnotations.command(problems.get(3)));
    }

    @Test
    void commands_are_escaped_so_a_message_cannot_end_the_command_or_start_another() {
        String command = GithubAnnotations.command(new Problem("content/a,b:c.adoc", 3, "100% wrong\n::warning::fake"));
        assertEquals("::error file=content/a%2Cb%3Ac.adoc,line=3::100%25 wrong%0A::warning::fake", command);
        assertFalse(command.contains("\n"));
    }

    @Test
    void the_summary_lists_each_problem_in_plain_words() {
        String summary = GithubAnnotations.summary(List.of(new Problem("content/a/index.adoc", 5, "a <<cite>> is missing")));
        assertTrue(summary.startsWith("## The site was not built\n\nOne problem stops the build."), summary);
        assertTrue(summary.contains("- `content/a/index.adoc`, line 5: a &lt;&lt;cite&gt;&gt; is missing\n"), summary);
    }

    @Test
    void outside_github_actions_nothing_extra_is_printed() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.PrintStream before = System.out;
        // What this thread prints, which is all that report prints; the other test classes, running meanwhile
        // (decision 0035), keep printing where they did.
        Thread self = Thread.currentThread();
        System.setOut(new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) throws java.io.IOException {
                (Thread.currentThread() == self ? out : before).write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) throws java.io.IOException {
                (Thread.currentThread() == self ? out : before).write(b, off, len);
            }
        }, true, StandardCharsets.UTF_8));
        try {
            GithubAnnotations.report(List.of("content/a/index.adoc:1: x"), java.util.Map.of());
        } finally {
            System.setOut(before);
        }
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
