package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.model.Messages;

/**
 * The name lines on every sheet a browser prints of a form page come from each language's messages, one named page a
 * language (FormPrint). No bake; PhysicianSectionIT finds them on every printed sheet in Chromium.
 */
class FormPrintTest {

    @Test
    void each_language_gets_a_named_page_with_its_own_words(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve(Messages.FOLDER));
        String frame = "referral_pdf.send_to = Send to {clinic}: fax {fax}\nreferral_pdf.page = Page {page} of {pages}\n";
        Files.writeString(project.resolve(Messages.FOLDER + "/en.properties"),
                "referral_pdf.patient_name = Patient name:\nreferral_pdf.date_of_birth = Date of birth:\n" + frame);
        Files.writeString(project.resolve(Messages.FOLDER + "/es.properties"),
                "referral_pdf.patient_name = Nombre del \"paciente\":\nreferral_pdf.date_of_birth = Fecha de nacimiento:\n" + frame);
        Files.writeString(project.resolve("jbake.properties"), "clinic.name=A Clinic\nclinic.fax=(212) 555-0102\n");
        String css = FormPrint.rules(project);
        assertTrue(css.contains("html:lang(en) body:has(.app-article--form) { page: app-form-en; }"), css);
        assertTrue(css.contains("@page app-form-en { @top-left { content: \"Patient name: ____"), css);
        assertTrue(css.contains("html:lang(es) body:has(.app-article--form) { page: app-form-es; }"), css);
        assertTrue(css.contains("content: \"Nombre del \\\"paciente\\\": ____"), "a quote in the words stays in the string: " + css);
        assertTrue(css.contains("@bottom-left { content: \"Send to A Clinic: fax (212) 555-0102\""), "the foot names the fax: " + css);
        assertTrue(css.contains("@bottom-right { content: \"Page \" counter(page) \" of \" counter(pages)"), css);
    }

    @Test
    void a_css_string_escapes_quotes_backslashes_and_line_breaks() {
        assertEquals("\"a \\\"b\\\" c\\\\ d\"", FormPrint.string("a \"b\"\nc\\ d"));
    }

    /** "Page {page} of {pages}" in any language's words becomes CSS content with the page counters in its places. */
    @Test
    void the_page_number_message_becomes_counters_in_its_words(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve(Messages.FOLDER));
        Files.writeString(project.resolve(Messages.FOLDER + "/es.properties"), "referral_pdf.page = Página {page} de {pages}\n");
        assertEquals("\"Página \" counter(page) \" de \" counter(pages)", FormPrint.pageNumbers(Messages.of(project, "es")));
        Files.writeString(project.resolve(Messages.FOLDER + "/es.properties"), "referral_pdf.page = {page}/{pages}\n");
        assertEquals("counter(page) \"/\" counter(pages)", FormPrint.pageNumbers(Messages.of(project, "es")));
    }
}
