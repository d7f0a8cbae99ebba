package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.SharedBrowser;
import clinic.site.support.Nginx;

/** The referring-physician section: complete, referenced, and a referral form that prints and downloads. */
@ExtendWith(SharedBrowser.class)
class PhysicianSectionIT {

    static final List<String> PAGES = List.of("/physicians/who-to-refer/", "/physicians/evidence/",
            "/physicians/protocol-and-monitoring/", "/physicians/how-to-refer/", "/physicians/referral-form/",
            "/physicians/what-you-will-hear-back/", "/physicians/questions/");

    static final List<String> FORM_SECTIONS = List.of("Patient details", "Referring clinician", "Reason for referral",
            "Psychiatric history and treatments tried", "Medical history and current medicines", "Risk",
            "Documents enclosed", "Signature and date");

    @Test
    void the_section_is_complete_and_linked_from_home_and_its_front_page() {
        Document home = BakedSite.parse(BakedSite.page("/"));
        assertTrue(!home.select("main a[href=/physicians/]").isEmpty(), "home has no door to /physicians/");
        Document front = BakedSite.parse(BakedSite.page("/physicians/"));
        List<String> missing = PAGES.stream().filter(p -> front.select("main a[href=" + p + "]").isEmpty()).toList();
        assertTrue(missing.isEmpty(), "not linked from /physicians/: " + missing);
        assertTrue(!front.select("main a[href=/physicians/how-to-refer/]").isEmpty(), "no 'Refer a patient' action");
    }

    @Test
    void every_physician_page_has_references() {
        List<String> bare = PAGES.stream()
                .filter(p -> BakedSite.parse(BakedSite.page(p)).select(".bibliography li a[href^=https://]").isEmpty())
                .toList();
        assertTrue(bare.isEmpty(), "physician pages without linked references: " + bare);
    }

    @Test
    void the_referral_pdf_is_a_real_pdf_holding_every_section_of_the_form() throws IOException {
        Path pdf = BakedSite.page("/physicians/referral-form/referral-form.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            System.out.println("referral-form.pdf: " + doc.getNumberOfPages() + " pages, " + Files.size(pdf) + " bytes");
            // Three sheets since form review S13: boxes a hand can write in cost the third (FORM-1).
            assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 3, "PDF has " + doc.getNumberOfPages() + " pages");
            List<String> missing = FORM_SECTIONS.stream().filter(s -> !text.contains(s)).toList();
            assertTrue(missing.isEmpty(), "sections missing from the PDF: " + missing);
            assertTrue(!text.contains("{clinic_"), "unresolved clinic attribute in the PDF");
        }
    }

    @Test
    void the_referral_page_links_its_pdf_and_holds_the_same_sections() {
        Document page = BakedSite.parse(BakedSite.page("/physicians/referral-form/"));
        assertTrue(!page.select("a[href=/physicians/referral-form/referral-form.pdf]").isEmpty(), "no link to the PDF");
        List<String> headings = page.select(".app-prose h2").eachText();
        List<String> missing = FORM_SECTIONS.stream().filter(s -> !headings.contains(s)).toList();
        assertTrue(missing.isEmpty(), "sections missing from the HTML form: " + missing);
    }

    @Test
    void the_printed_referral_page_fits_three_letter_or_a4_sheets_each_naming_the_patient(Browser browser) throws IOException {
        browser.driver().get(Nginx.get().url("/physicians/referral-form/"));
        for (PageSize size : List.of(new PageSize(27.94, 21.59), new PageSize(29.7, 21.0))) {
            PrintOptions options = new PrintOptions();
            options.setPageSize(size);
            String base64 = browser.driver().print(options).getContent();
            byte[] bytes = Base64.getDecoder().decode(base64);
            try (PDDocument printed = Loader.loadPDF(bytes)) {
                String text = new PDFTextStripper().getText(printed);
                System.out.println("printed referral page (" + size.getWidth() + " x " + size.getHeight() + " cm): " + printed.getNumberOfPages() + " pages");
                assertTrue(printed.getNumberOfPages() <= 3, "prints on " + printed.getNumberOfPages() + " sheets");
                // Faxed sheets get separated: each names the patient (a page-margin box, FormPrint; form review S13).
                for (int sheet = 1; sheet <= printed.getNumberOfPages(); sheet++) {
                    PDFTextStripper one = new PDFTextStripper();
                    one.setStartPage(sheet);
                    one.setEndPage(sheet);
                    assertTrue(one.getText(printed).contains("Patient name:"), "sheet " + sheet + " does not name the patient");
                }
                assertTrue(text.contains("Signature and date"), "the printed form lost its last section");
                assertTrue(!text.contains("When to get help now") && !text.contains("References"), "page chrome printed with the form");
            }
        }
    }

    /**
     * On paper the form's answer cells get the room its source gives them (the Indication row: [cols="17,83"]; form
     * reviews S12 and S13, FORM-1), in a browser's print as in the PDF, though the page carries no inline width (its
     * Content-Security-Policy): print.css holds the widths (clinic.site.output.PrintColumns). With equal columns the
     * answer would start half-way.
     */
    @Test
    void on_paper_the_forms_answer_column_gets_the_width_its_source_gives(Browser browser) throws IOException {
        Document page = BakedSite.parse(BakedSite.page("/physicians/referral-form/"));
        String widthClass = page.select(".app-prose tr").stream().filter(r -> r.child(0).text().equals("Indication"))
                .findFirst().orElseThrow().closest("table").classNames().stream()
                .filter(c -> c.startsWith("app-print-cols-")).findFirst().orElseThrow();
        String[] share = widthClass.substring("app-print-cols-".length()).split("-");
        double question = Double.parseDouble(share[0]) / 100;
        double wanted = Double.parseDouble(share[1]) / Double.parseDouble(share[0]);
        assertTrue(question < 0.4, "the Indication row's question column is not the narrow one: " + widthClass);

        browser.driver().get(Nginx.get().url("/physicians/referral-form/"));
        browser.driver().executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        @SuppressWarnings("unchecked")
        List<Number> widths = (List<Number>) browser.driver().executeScript("""
                const row = [...document.querySelectorAll('.app-prose tr')].find(r => r.cells[0].textContent.trim() === 'Indication');
                return [...row.cells].map(c => c.getBoundingClientRect().width);""");
        double ratio = widths.get(1).doubleValue() / widths.get(0).doubleValue();
        assertTrue(Math.abs(ratio / wanted - 1) < 0.1, "printed answer / question widths " + widths + ", not " + widthClass);

        Path pdf = BakedSite.page("/physicians/referral-form/referral-form.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            Map<String, Float> x = new HashMap<>(); // where "Indication" and its first tick box start on the page
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    if (text.startsWith("Indication")) {
                        x.putIfAbsent("question", positions.get(0).getXDirAdj());
                    } else if (text.contains("Treatment-resistant depression") && text.startsWith("☐")) {
                        x.putIfAbsent("answer", positions.get(0).getXDirAdj());
                    }
                }
            };
            stripper.getText(doc);
            assertTrue(x.containsKey("question") && x.containsKey("answer"), "the Indication row not found in the PDF: " + x);
            float content = doc.getPage(0).getMediaBox().getWidth() - 2 * x.get("question");
            double starts = (x.get("answer") - x.get("question")) / content;
            assertTrue(Math.abs(starts - question) < 0.04, "in the PDF the answer starts at " + starts + " of the row, not " + question);
        }
    }

    @Test
    void no_phone_fax_or_email_is_typed_into_content_files() throws IOException {
        // Contact details come from jbake.properties ({clinic_phone} ...). 988 and 911 are three digits and allowed.
        Pattern contact = Pattern.compile("\\(?\\b\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]\\d{4}\\b|[\\w.+-]+@[\\w-]+\\.[\\w.]+");
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(BakedSite.project().resolve("content"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = contact.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    found.add(BakedSite.project().resolve("content").relativize(f) + ": " + m.group());
                }
            }
        }
        assertTrue(found.isEmpty(), "type these as attributes ({clinic_phone}, {clinic_fax}, {clinic_email}):\n" + String.join("\n", found));
        assertEquals(true, contact.matcher("call (212) 555-0100").find(), "the pattern must catch a typed number");
    }
}
