package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The public build's bake command (`clinic.site.Site bake`, run by Maven), on a fixture site with one broken
 * article: it fails the build, builds nothing, and what it prints is the editor's line (file:line: field and fix) and
 * one line saying the site was not built, without JBake's or FreeMarker's stack traces around them; and that a
 * site that bakes is written as stock JBake writes it.
 */
@Order(3) // the third longest class: started first on a worker (LongestAtBothEnds)
@Execution(ExecutionMode.CONCURRENT) // its tests share nothing (each bakes its own folder): their bakes overlap
class BakeCommandIT {

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

        assertEquals(1, bake.exitValue(), output);
        // Everything it prints, to the last character: the editor's line and the one that says what happened. No
        // engine log, no Java text (such as a PDF the fixture cannot have), no stack trace.
        assertEquals("content/patients/bad-date/index.adoc:10: field 'reviewed' is '24/11/2026', which is"
                + " not a date in the form yyyy-MM-dd (for example 2026-11-24).\n" + Site.NOT_BUILT + "\n", output);
        assertFalse(Files.exists(dir.resolve("output/patients/good/index.html")), "a refused site was partly built");
    }

    @Test
    void a_page_with_an_undefined_attribute_is_refused_again_on_the_next_build(@TempDir Path dir) throws Exception {
        // Converted pages are kept between builds (ConversionCache); one whose conversion warned must be converted
        // again, or its problem would be reported once and the page published by the next build.
        new FixtureSite(dir).withMinimalHome()
                .write("patients/typo/index.adoc", article("Typo") + "\nCall us on {clinic_phne} today.\n");
        for (int build = 1; build <= 2; build++) {
            Process bake = SiteProgram.command("bake", dir.toString(), dir.resolve("output").toString(),
                    "http://localhost:8820", "development").redirectErrorStream(true).start();
            String output = new String(bake.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(bake.waitFor(5, TimeUnit.MINUTES), "the bake did not finish");
            assertEquals(1, bake.exitValue(), "build " + build + ":\n" + output);
            assertTrue(output.contains("content/patients/typo/index.adoc:") && output.contains("{clinic_phne}"),
                    "build " + build + ":\n" + output);
        }
    }

    @ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
    @Test
    void the_bake_command_writes_what_stock_jbake_writes(@TempDir Path dir) throws Exception {
        FixtureSite site = new FixtureSite(dir).withMinimalHome().withProjectContent("_partials");
        for (int i = 1; i <= 6; i++) { // related links: pagesByPath, which the engine keeps once per bake
            site.write("patients/a" + i + "/index.adoc", article("Article " + i, "order=" + i,
                    "related=/patients/a" + (i % 6 + 1) + "/"));
        }
        // Stock JBake (one thread, no bake_memo) against clinic.site.Site (AsciiDoc run ahead on every core, bake_memo).
        FixtureSite.Result stock = site.bakeWithStockJBake();
        assertTrue(stock.errors().isEmpty(), stock.allErrors());
        // What the bake command adds to JBake's pages: the stylesheet written by Java, then content-hashed names.
        assertTrue(Stylesheet.write(dir, stock.output()).isEmpty());
        Fingerprint.fingerprint(stock.output());

        String output = bake(dir);
        List<Path> pages;
        try (var files = Files.walk(stock.output())) {
            pages = files.filter(f -> f.toString().matches(".*\\.(html|xml|json|txt|css)$")).toList();
        }
        assertTrue(pages.size() > 10, "too few files to compare: " + pages);
        for (Path page : pages) {
            Path twin = dir.resolve("site").resolve(stock.output().relativize(page).toString());
            assertEquals(Files.readString(page), Files.readString(twin), "differs from stock JBake: " + twin);
        }
        // The referral PDF is printed from the form page (ReferralPdfIT); a site without one says so.
        assertTrue(output.contains("Site: no referral form page (" + ReferralPdf.PAGE + "), so no referral form PDF"),
                output);
        assertFalse(Files.exists(dir.resolve("site").resolve(ReferralPdf.PDF)), "a PDF without a form page");
    }

    /** Runs the public build's bake on a fixture project into dir/site; returns its output; fails if it failed. */
    static String bake(Path dir) throws Exception {
        Process bake = SiteProgram.command("bake", dir.toString(), dir.resolve("site").toString(),
                "http://localhost:8820", "development").redirectErrorStream(true).start();
        String output = new String(bake.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bake.waitFor(5, TimeUnit.MINUTES), "the bake did not finish");
        assertEquals(0, bake.exitValue(), output);
        return output;
    }
}
