package clinic.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import clinic.site.content.ClinicFacts;
import clinic.site.model.Messages;
import clinic.site.pdf.ReferralPdf;
import clinic.site.pdf.ReferralPdf.Paper;
import clinic.site.support.BakedSite;

/**
 * The referral form PDF (clinic.site.pdf.ReferralPdf), printed by the bake from the baked form page: accessible
 * (PDF/UA-1 by veraPDF, tagged structure, labels in reading order, bookmarks), fax-safe (identity lines, page numbers
 * and where to send it on every page; at most three sheets on Letter and A4), complete (everything the form page says) and
 * reproducible (same page, same bytes).
 */
class ReferralPdfIT {

    static final Path PDF = BakedSite.root().resolve(ReferralPdf.PDF);

    @Test
    void the_pdf_passes_every_pdf_ua_1_rule_of_verapdf() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(PDF.toFile(), PDFAFlavour.PDFUA_1)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFUA_1, false);
            ValidationResult result = validator.validate(parser);
            Map<String, String> failed = new TreeMap<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.merge(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
                            a.getMessage() + " (" + a.getLocation().getContext() + ")", (x, y) -> x);
                }
            }
            System.out.println("veraPDF PDF/UA-1: " + result.getTotalAssertions() + " checks, failed rules: " + failed.size());
            assertTrue(failed.isEmpty(), "PDF/UA-1 rules failed:\n" + String.join("\n", failed.entrySet().stream()
                    .map(e -> e.getKey() + ": " + e.getValue()).toList()));
            assertTrue(result.isCompliant(), "veraPDF: not compliant");
            assertEquals(PDFAFlavour.PDFUA_1, result.getPDFAFlavour());
        }
    }

    @Test
    void the_pdf_has_a_title_a_language_tagged_headings_and_tables_and_a_bookmark_per_section() throws IOException {
        Document page = BakedSite.parse(BakedSite.page("/physicians/referral-form/"));
        List<String> sections = page.select(".app-prose h2").eachText();
        sections.remove("References");
        try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
            assertEquals(page.title(), doc.getDocumentInformation().getTitle());
            assertEquals("en-US", doc.getDocumentCatalog().getLanguage());
            Map<String, Integer> tags = new TreeMap<>();
            count(doc.getDocumentCatalog().getStructureTreeRoot(), tags);
            System.out.println("referral-form.pdf structure: " + tags);
            assertEquals(1, tags.getOrDefault("H1", 0), "one H1 (the form's title): " + tags);
            assertEquals(sections.size(), tags.getOrDefault("H2", 0), "an H2 per section " + sections + ": " + tags);
            int tables = page.select(".app-prose table.tableblock").size();
            assertEquals(tables, tags.getOrDefault("Table", 0), "a Table per table of the form: " + tags);
            assertEquals(page.select(".app-prose table.tableblock th").size(), tags.getOrDefault("TH", 0), "TH: " + tags);
            assertEquals(page.select(".app-prose table.tableblock td").size(), tags.getOrDefault("TD", 0), "TD: " + tags);
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : doc.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
            }
            List<String> expected = new ArrayList<>(List.of(page.selectFirst("h1").text()));
            expected.addAll(sections);
            assertEquals(expected, bookmarks);
        }
    }

    @Test
    void the_tagged_text_reads_back_with_every_label_of_the_form_page_in_reading_order() throws IOException {
        Document page = BakedSite.parse(BakedSite.page("/physicians/referral-form/"));
        // The form's words, as the page has them: headings, instructions and every filled table cell, in page order.
        List<String> labels = new ArrayList<>();
        for (var e : page.select(".app-prose h2, .app-prose .paragraph, .app-prose .admonitionblock td.content, .app-prose td.tableblock,"
                + " .app-prose th")) {
            String text = e.text().replace('\u00a0', ' ').trim();
            if (!text.isEmpty() && e.closest(".bibliography, .sect1:has(.bibliography)") == null
                    && !e.is(".app-prose > .paragraph:first-child")) {
                labels.add(text);
            }
        }
        assertTrue(labels.containsAll(List.of("Full name", "Date of birth", "Suicidal ideation in the past month; date assessed:")), labels.toString());
        String text;
        try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
            // Without spaces: a cell's words wrap where the column ends, and a wrapped address has no space at all.
            text = taggedText(doc).replaceAll("\\s+", "");
        }
        int at = 0;
        for (String label : labels) {
            int found = text.indexOf(label.replaceAll("\\s+", ""), at);
            assertTrue(found >= 0, "'" + label + "' is missing from the PDF, or out of order, after:\n"
                    + text.substring(Math.max(0, at - 200), at));
            at = found + label.replaceAll("\\s+", "").length();
        }
        System.out.println("referral-form.pdf: " + labels.size() + " labels of the form page in reading order");
    }

    @Test
    void the_suicide_risk_rows_do_not_fax_instruction_is_in_the_pdf() throws IOException {
        Document page = BakedSite.parse(BakedSite.page("/physicians/referral-form/"));
        var cell = page.selectFirst(".app-prose td:contains(do not fax)");
        assertTrue(cell != null, "the form page has no 'do not fax' instruction in its risk rows");
        String instruction = cell.select("strong").text();
        assertTrue(instruction.contains("phone us"), "the instruction says to phone: " + instruction);
        try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
            String text = taggedText(doc).replaceAll("\\s+", "");
            assertTrue(text.contains(instruction.replaceAll("\\s+", "")), "not in the PDF: " + instruction);
        }
    }

    @Test
    void every_page_carries_the_patients_identity_lines_its_number_and_where_to_send_it() throws IOException {
        Properties facts = ClinicFacts.settings(BakedSite.project());
        try (PDDocument doc = Loader.loadPDF(PDF.toFile())) {
            int pages = doc.getNumberOfPages();
            for (int i = 1; i <= pages; i++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                for (String needed : List.of("Patient name: ____", "Date of birth: ____", "Page " + i + " of " + pages,
                        "fax " + facts.getProperty("clinic.fax"), "secure email " + facts.getProperty("clinic.email"))) {
                    assertTrue(text.contains(needed), "page " + i + " lacks '" + needed + "':\n" + text);
                }
            }
        }
    }

    @Test
    void the_form_fits_three_sheets_of_letter_and_of_a4() throws IOException {
        Properties facts = ClinicFacts.settings(BakedSite.project());
        for (Paper paper : Paper.values()) {
            try (PDDocument doc = Loader.loadPDF(ReferralPdf.draw(BakedSite.root(), facts, Messages.ofSite(BakedSite.project()), paper))) {
                System.out.println("referral-form.pdf on " + paper + ": " + doc.getNumberOfPages() + " pages");
                // Three since form review S13 (FORM-1): boxes a hand can write in, 22 pt a line.
                assertTrue(doc.getNumberOfPages() <= 3, paper + ": " + doc.getNumberOfPages() + " pages");
                String last = new PDFTextStripper().getText(doc);
                assertTrue(last.contains("Signature and date"), paper + ": the last section is missing");
            }
        }
    }

    @Test
    void the_same_page_gives_the_same_bytes() throws IOException {
        Properties facts = ClinicFacts.settings(BakedSite.project());
        byte[] again = ReferralPdf.draw(BakedSite.root(), facts, Messages.ofSite(BakedSite.project()), Paper.LETTER);
        assertArrayEquals(Files.readAllBytes(PDF), again, "two prints of the same page differ");
        try (PDDocument doc = Loader.loadPDF(again)) {
            assertEquals(null, doc.getDocumentInformation().getCreationDate(), "a creation time makes builds differ");
        }
        // And the check can fail: another fax number is another file.
        facts.setProperty("clinic.fax", "(212) 555-0199");
        byte[] other = ReferralPdf.draw(BakedSite.root(), facts, Messages.ofSite(BakedSite.project()), Paper.LETTER);
        assertTrue(!Arrays.equals(again, other), "a different fax number gave the same PDF");
        try (PDDocument doc = Loader.loadPDF(other)) {
            assertTrue(new PDFTextStripper().getText(doc).contains("(212) 555-0199"));
        }
    }

    @Test
    void a_missing_fax_number_is_named_with_its_file_and_fix() throws IOException {
        Properties facts = ClinicFacts.settings(BakedSite.project());
        facts.remove("clinic.fax");
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReferralPdf.draw(BakedSite.root(), facts, Messages.ofSite(BakedSite.project()), Paper.LETTER));
        assertTrue(e.getMessage().startsWith("jbake.properties has no clinic.fax: the referral PDF prints it on every "
                + "page. Add the line clinic.fax=..."), e.getMessage());
    }

    /**
     * The document's text in the order a screen reader reads it: the structure tree, depth first, each marked-content
     * reference replaced by the text PDFBox extracts for it (PDFMarkedContentExtractor). Artifacts (the running
     * header and footer) are not in the tree, so they are not in this text.
     */
    static String taggedText(PDDocument doc) throws IOException {
        Map<PDPage, Map<Integer, String>> marked = new HashMap<>();
        for (PDPage page : doc.getPages()) {
            PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
            extractor.processPage(page);
            Map<Integer, String> texts = new HashMap<>();
            for (PDMarkedContent content : extractor.getMarkedContents()) {
                collect(content, texts);
            }
            marked.put(page, texts);
        }
        StringBuilder text = new StringBuilder();
        read(doc.getDocumentCatalog().getStructureTreeRoot(), null, marked, text);
        // The font draws "ff" as one glyph (U+FB00); like PDFTextStripper, read it as the letters it stands for.
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
        StringBuilder own = new StringBuilder();
        for (Object item : content.getContents()) {
            if (item instanceof TextPosition glyph) {
                own.append(glyph.getUnicode());
            } else if (item instanceof PDMarkedContent inner) {
                collect(inner, texts);
            }
        }
        if (content.getMCID() >= 0) {
            texts.merge(content.getMCID(), own.toString(), String::concat);
        }
    }

    private static void read(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> marked,
            StringBuilder text) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                read(element, element.getPage() != null ? element.getPage() : page, marked, text);
            } else if (kid instanceof Integer mcid) {
                text.append(marked.get(page).getOrDefault(mcid, "")).append(' ');
            } else if (kid instanceof PDMarkedContentReference ref) {
                PDPage on = ref.getPage() != null ? ref.getPage() : page;
                text.append(marked.get(on).getOrDefault(ref.getMCID(), "")).append(' ');
            }
        }
    }

    private static void count(PDStructureNode node, Map<String, Integer> tags) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                tags.merge(element.getStructureType(), 1, Integer::sum);
                count(element, tags);
            }
        }
    }
}
