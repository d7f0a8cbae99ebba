package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

import clinic.site.pdf.ReferralPdf;

/**
 * A referral PDF that cannot be printed stops the bake with one line in the form of every other problem, naming the
 * page and the reason in words: never the Java exception around it (issue 20: an editor saw
 * "java.io.UncheckedIOException: java.nio.file.NoSuchFileException" in the build's output).
 */
class ReferralPdfProblemTest {

    @Test
    void a_missing_file_is_named_without_the_exceptions_around_it() {
        String line = Site.pdfProblem(new UncheckedIOException(new NoSuchFileException("target/site/fonts/x.ttf")));
        assertEquals(ReferralPdf.PAGE + ": the referral form PDF could not be printed from this page"
                + " (no such file or folder: target/site/fonts/x.ttf).", line);
    }

    @Test
    void another_failure_gives_its_own_message_only() {
        String line = Site.pdfProblem(new IllegalStateException("wrapped", new IOException("the disk is full")));
        assertEquals(ReferralPdf.PAGE + ": the referral form PDF could not be printed from this page (the disk is full).",
                line);
    }
}
