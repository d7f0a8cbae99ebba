package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import clinic.site.support.BakedSite;
import nu.validator.client.EmbeddedValidator;
import nu.validator.validation.SimpleDocumentValidator;

/** Every baked page passes the Nu HTML Checker (the W3C validator's engine), offline, with zero errors. */
class HtmlValidationIT {

    @Test
    void every_page_passes_the_nu_html_checker() throws Exception {
        List<String> errors = new ArrayList<>();
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // Warnings are advice (e.g. "consider adding a lang attribute"), not conformance errors.
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(describe(e));
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(describe(e));
            }
        };
        // One validator reused for all pages: about 30 ms a page instead of 300.
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema(EmbeddedValidator.SCHEMA_URL, handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        List<Path> pages = BakedSite.allHtml();
        for (Path page : pages) {
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertTrue(pages.size() >= 10, "too few pages validated: " + pages.size());
        assertTrue(errors.isEmpty(), errors.size() + " HTML error(s):\n" + String.join("\n", errors));
    }

    private static String describe(SAXParseException e) {
        String where = e.getSystemId() == null ? "?" : e.getSystemId().replaceFirst(".*/target/site", "");
        return where + ":" + e.getLineNumber() + ": " + e.getMessage();
    }
}
