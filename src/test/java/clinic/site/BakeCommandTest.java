package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.FixtureSite;
import clinic.site.support.SiteProgram;

/**
 * The public build's bake command (`java src/build/Site.java bake`, run by Maven), on a fixture site with one broken
 * article: it fails the build, and what it prints is the editor's message (file, field, fix) without JBake's or
 * FreeMarker's stack traces around it.
 */
class BakeCommandTest {

    @Test
    void a_broken_article_fails_the_build_with_only_the_editors_message(@TempDir Path dir) throws Exception {
        new FixtureSite(dir).withMinimalHome()
                .write("patients/good/index.adoc", article("A good article"))
                .write("patients/bad-date/index.adoc", article("Bad date", "reviewed=24/11/2026"));
        Process bake = SiteProgram.command("bake", dir.toString(), dir.resolve("output").toString(),
                "http://localhost:8820", "development")
                .redirectErrorStream(true).start();
        String output = new String(bake.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bake.waitFor(5, TimeUnit.MINUTES), "the bake did not finish");
        System.out.println("The build's output for a broken article:\n" + output);

        assertEquals(1, bake.exitValue(), output);
        assertTrue(output.contains("*** The site was not built. Fix these pages and build again: ***\n"
                + "content/patients/bad-date/index.adoc cannot be published:\n"
                + "  - field 'reviewed' is '24/11/2026', which is not a date in the form yyyy-MM-dd"), output);
        assertFalse(output.contains("StopException") || output.contains("FTL stack") || output.contains("\tat "),
                "stack traces around the message:\n" + output);
        assertTrue(Files.readString(dir.resolve("output/patients/good/index.html")).contains("A good article"),
                "the good article still baked");
    }
}
