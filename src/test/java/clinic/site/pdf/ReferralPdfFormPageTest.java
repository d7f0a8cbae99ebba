package clinic.site.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bake warms the PDF engine up only for a project with the form page's source (a PDF to print). */
class ReferralPdfFormPageTest {

    @Test
    void a_project_has_a_form_page_only_with_its_folder_under_content(@TempDir Path project) throws IOException {
        assertFalse(ReferralPdf.hasFormPage(project), "no content folder");
        Files.createDirectories(project.resolve("content/physicians"));
        assertFalse(ReferralPdf.hasFormPage(project), "no form page");
        Files.createDirectories(project.resolve("content/physicians/referral-form"));
        assertTrue(ReferralPdf.hasFormPage(project));
        assertTrue(ReferralPdf.hasFormPage(Path.of(System.getProperty("project.dir", "."))), "the real site");
    }
}
