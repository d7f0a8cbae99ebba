package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.output.Fingerprint;
import clinic.site.output.Stylesheet;
import clinic.site.pdf.ReferralPdf;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;
import clinic.site.support.SiteProgram;
import clinic.site.validation.LogRules;

/**
 * The public build's bake command (`clinic.site.Site bake`, run by Maven), on a fixture site with two broken
 * articles: it fails the build, builds nothing, and what it prints is the editor's lines (file:line: field and fix)
 * and one line saying the site was not built, without JBake's or FreeMarker's stack traces around them; built again
 * in a GitHub workflow, the same, with an annotation for each line and the job summary; and, for a site that bakes,
 * the engine it runs writes what stock JBake writes.
 */
@Order(3) // the third longest class: started first on a worker (LongestAtBothEnds)
@Execution(ExecutionMode.CONCURRENT) // its tests share nothing (each bakes its own folder): their bakes overlap
class BakeCommandIT {

    /** The two broken articles below: their files and lines, and what the bake command says of each. */
    static final String BAD_DATE_AT = "content/patients/bad-date/index.adoc";
    static final String BAD_DATE = "field 'reviewed' is '24/11/2026', which is not a date in the form yyyy-MM-dd (for"
            + " example 2026-11-24).";
    static final String TYPO_AT = "content/patients/typo/index.adoc";
    static final String TYPO = "{clinic_phne} is not a value the site knows, so it would be printed as it is: did you"
            + " mean 'clinic_phone'?" + LogRules.WHERE_CLINIC_VALUES_ARE;

    @Test
    void broken_articles_fail_every_build_with_only_the_editors_messages(@TempDir Path dir) throws Exception {
        // A wrong date (a header rule) and an undefined attribute (found when Asciidoctor converts the body).
        new FixtureSite(dir).withMinimalHome()
                .write("patients/good/index.adoc", article("A good article"))
                .write("patients/bad-date/index.adoc", article("Bad date", "reviewed=24/11/2026"))
                .write("patients/typo/index.adoc", article("Typo") + "\nCall us on {clinic_phne} today.\n");
        Path output = dir.resolve("output");

        // On an editor's computer: everything it prints, to the last character, is the editor's lines and the one
        // that says what happened. No engine log, no Java text (such as a PDF the fixture cannot have), no stack trace.
        assertEquals(BAD_DATE_AT + ":10: " + BAD_DATE + "\n" + TYPO_AT + ":19: " + TYPO + "\n" + Site.NOT_BUILT + "\n",
                bake(dir, output, Map.of(), 1));
        assertFalse(Files.exists(output.resolve("patients/good/index.html")), "a refused site was partly built");

        // Then the same files in a GitHub workflow: the same lines, each also as an annotation on its file and line,
        // and the job summary. And the page whose conversion warned is refused again: converted pages are kept
        // between builds (ConversionCache), and one that warned must be converted again, or its problem would be
        // reported once and the page published by the next build.
        Path summary = dir.resolve("step-summary.md");
        assertEquals(BAD_DATE_AT + ":10: " + BAD_DATE + "\n" + TYPO_AT + ":19: " + TYPO + "\n"
                + "::error file=" + BAD_DATE_AT + ",line=10::" + BAD_DATE + "\n"
                + "::error file=" + TYPO_AT + ",line=19::" + TYPO + "\n" + Site.NOT_BUILT + "\n",
                bake(dir, output, Map.of("GITHUB_ACTIONS", "true", "GITHUB_STEP_SUMMARY", summary.toString()), 1));
        assertFalse(Files.exists(output.resolve("patients/good/index.html")), "a refused site was partly built");
        String jobSummary = Files.readString(summary);
        assertTrue(jobSummary.contains("`" + BAD_DATE_AT + "`, line 10") && jobSummary.contains("`" + TYPO_AT + "`, line 19"),
                jobSummary);
    }

    @ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
    @Test
    void the_engine_writes_what_stock_jbake_writes(@TempDir Path dir) throws Exception {
        FixtureSite site = new FixtureSite(dir).withMinimalHome().withProjectContent("_partials");
        for (int i = 1; i <= 6; i++) { // related links: pagesByPath, which the engine keeps once per bake
            site.write("patients/a" + i + "/index.adoc", article("Article " + i, "order=" + i,
                    "related=/patients/a" + (i % 6 + 1) + "/"));
        }
        // Stock JBake (its Oven and OrientDB, one thread) against the engine the bake command runs
        // (clinic.site.bake.Bake: SiteOven and SiteStore, AsciiDoc run ahead on every core), both in this JVM: the bake
        // command itself, the same engine in its own JVM, bakes the real site before these tests run.
        FixtureSite.Result stock = site.bakeWithStockJBake();
        assertTrue(stock.errors().isEmpty(), stock.allErrors());
        Path reference = Files.move(stock.output(), dir.resolve("stock"));
        // What the engine adds to JBake's pages: the stylesheet written by Java.
        assertTrue(Stylesheet.write(dir, reference, java.util.Set.of()).isEmpty());
        FixtureSite.Result ours = site.bake();
        assertTrue(ours.errors().isEmpty(), ours.allErrors());
        // What the bake command then does to both: content-hashed names (clinic.site.output.Finish).
        Fingerprint.fingerprint(reference);
        Fingerprint.fingerprint(ours.output());

        List<Path> pages;
        try (var files = Files.walk(reference)) {
            pages = files.filter(f -> f.toString().matches(".*\\.(html|xml|json|txt|css)$")).toList();
        }
        assertTrue(pages.size() > 10, "too few files to compare: " + pages);
        for (Path page : pages) {
            Path twin = ours.output().resolve(reference.relativize(page).toString());
            assertEquals(Files.readString(page), Files.readString(twin), "differs from stock JBake: " + twin);
        }
        // The referral PDF is printed from the form page (ReferralPdfIT); a site without one says so.
        assertEquals("Site: no referral form page (" + ReferralPdf.PAGE + "), so no referral form PDF",
                ReferralPdf.referralPdf(dir, ours.output()));
        assertFalse(Files.exists(ours.output().resolve(ReferralPdf.PDF)), "a PDF without a form page");
    }

    /** Runs the public build's bake on a fixture project into dir/site; returns its output; fails if it failed. */
    static String bake(Path dir) throws Exception {
        return bake(dir, dir.resolve("site"), Map.of(), 0);
    }

    /**
     * Runs the public build's bake on a fixture project into `out`, with these environment variables added; returns
     * what it printed, once it has checked the exit code.
     */
    static String bake(Path dir, Path out, Map<String, String> environment, int exitCode) throws Exception {
        ProcessBuilder command = SiteProgram.command("bake", dir.toString(), out.toString(), "http://localhost:8820",
                "development").redirectErrorStream(true);
        command.environment().putAll(environment);
        Process bake = command.start();
        String output = new String(bake.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bake.waitFor(5, TimeUnit.MINUTES), "the bake did not finish");
        System.out.println("The bake command with " + environment + " printed:\n" + output);
        assertEquals(exitCode, bake.exitValue(), output);
        return output;
    }
}
