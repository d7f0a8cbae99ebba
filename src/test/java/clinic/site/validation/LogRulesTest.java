package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;

import org.asciidoctor.log.Severity;
import org.junit.jupiter.api.Test;

import clinic.site.asciidoc.AsciidocLog.Entry;

/** Asciidoctor's log of a page's conversion as problems, on entries as AsciidocLog keeps them: no Asciidoctor. */
class LogRulesTest {

    static List<String> check(Entry... log) {
        return LogRules.check(BodyRulesTest.SOURCE, List.of(log), Set.of("clinic_phone", "site_language")).stream()
                .map(Problem::toString).toList();
    }

    @Test
    void an_attribute_the_site_does_not_know() {
        assertEquals(List.of("content/patients/x/index.adoc:11: {clinic_phne} is not a value the site knows, so it"
                + " would be printed as it is: did you mean 'clinic_phone'? The clinic's values are in jbake.properties"
                + " (clinic.x is {clinic_x}) and data/clinic-protocol.yaml ({protocol_x})."),
                check(new Entry(null, 0, Severity.WARN, "skipping reference to missing attribute: clinic_phne")));
    }

    @Test
    void a_warning_in_the_page_is_counted_from_the_line_after_the_header() {
        // BodyRulesTest.SOURCE has its ~~~~~~ on line 2: Asciidoctor's line 3 is the file's line 5.
        assertEquals(List.of("content/patients/x/index.adoc:5: section title out of sequence: expected level 1, got level 2"),
                check(new Entry(null, 3, Severity.WARN, "section title out of sequence: expected level 1, got level 2")));
    }

    @Test
    void a_message_about_another_file_names_that_file_and_its_own_line() {
        assertEquals(List.of("data/figures/x.yaml:7: field 'steps' is missing."),
                check(new Entry("data/figures/x.yaml", 7, Severity.ERROR, "field 'steps' is missing.")));
    }

    @Test
    void information_is_not_a_problem() {
        assertEquals(List.of(), check(new Entry(null, 3, Severity.INFO, "possible invalid reference: x"),
                new Entry(null, 3, Severity.DEBUG, "unknown style for paragraph: x")));
    }
}
