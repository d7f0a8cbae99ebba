package clinic.site.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.content.ClinicFacts;
import clinic.site.model.Messages;

/**
 * The referral PDF is copied from target/build-cache/pdf only while everything it is printed from is unchanged: the
 * form page, the stylesheet it links, the clinic facts. A change to any of them prints it again, and the copy is
 * always the PDF a new print gives.
 */
class ReferralPdfKeptIT {
    @TempDir
    Path project;
    private Path site;

    private static final String PAGE = """
            <!DOCTYPE html><html lang="en"><head><title>Referral form</title>
            <meta name="description" content="The form.">
            <link rel="canonical" href="https://clinic.example/physicians/referral-form/">
            <link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="app-article--form"><h1 class="app-article__title">Referral form</h1>
            <div class="app-prose"><h2 id="patient">Patient</h2><p>Name of the patient.</p></div></main></body></html>
            """;

    @BeforeEach
    void site() throws IOException {
        site = project.resolve("target/site");
        write(site.resolve(ReferralPdf.PAGE), PAGE);
        write(site.resolve("css/site.css"), "h1 { font-size: 20pt; }\n");
        write(project.resolve("jbake.properties"), "clinic.name=Clinic\nclinic.fax=212-555-0101\nclinic.email=a@clinic.example\n");
        write(project.resolve(MESSAGES), WORDS);
    }

    private static final String MESSAGES = Messages.FOLDER + "/en.properties";
    private static final String WORDS = "referral_pdf.patient_name = Patient name:\nreferral_pdf.date_of_birth = Date of birth:\n"
            + "referral_pdf.send_to = Send to {clinic}: fax {fax} or secure email {email}\n"
            + "referral_pdf.page = Page {page} of {pages}\n";

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private byte[] pdf() throws IOException {
        return Files.readAllBytes(site.resolve(ReferralPdf.PDF));
    }

    /** Prints (or copies) the PDF, and checks it is the one a new print of the same inputs gives. */
    private String build() throws IOException {
        String said = ReferralPdf.referralPdf(project, site);
        assertArrayEquals(ReferralPdf.draw(site, ClinicFacts.settings(project), Messages.ofSite(project), ReferralPdf.Paper.LETTER), pdf(),
                "the PDF in the site is the one its inputs print");
        return said;
    }

    @Test
    void unchanged_inputs_copy_the_pdf_and_each_changed_input_prints_it_again() throws IOException {
        assertFalse(ReferralPdf.anyKept(project));
        assertTrue(build().contains("printed"), "nothing kept yet");
        assertTrue(ReferralPdf.anyKept(project));
        byte[] first = pdf();
        assertTrue(build().contains("kept"), "nothing changed");
        assertArrayEquals(first, pdf());

        write(project.resolve("jbake.properties"), "clinic.name=Clinic\nclinic.fax=212-555-0199\nclinic.email=a@clinic.example\n");
        assertTrue(build().contains("printed"), "a clinic fact changed");
        byte[] newFax = pdf();

        write(site.resolve("css/site.css"), "p { color: #c00000; }\n");
        assertTrue(build().contains("printed"), "the stylesheet changed");
        byte[] newCss = pdf();
        assertFalse(Arrays.equals(newFax, newCss));

        write(site.resolve(ReferralPdf.PAGE), PAGE.replace("Name of the patient.", "Full name of the patient."));
        assertTrue(build().contains("printed"), "the page changed");
        assertFalse(Arrays.equals(newCss, pdf()));

        write(site.resolve(ReferralPdf.PAGE), PAGE);
        write(site.resolve("css/site.css"), "h1 { font-size: 20pt; }\n");
        write(project.resolve("jbake.properties"), "clinic.name=Clinic\nclinic.fax=212-555-0101\nclinic.email=a@clinic.example\n");
        assertTrue(build().contains("kept"), "the first inputs again: their PDF is still kept");
        assertArrayEquals(first, pdf());

        // The running lines' words are the messages' (a second language is a second messages file).
        write(project.resolve(MESSAGES), WORDS.replace("Patient name:", "Name of the patient:"));
        assertTrue(build().contains("printed"), "the running lines' words changed");
        try (PDDocument doc = Loader.loadPDF(pdf())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("Name of the patient:"), "the new words are printed");
        }
    }
}
