package clinic.site.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.model.Messages;
import clinic.site.support.BakedSite;

/**
 * Protocol values for a page in another language (decision 0046): a value may have its words in that language
 * (value_es; patients_es in a list item). A page in Spanish gets those words, a number as it is, and nothing for a
 * sentence written in English only, so that it never shows one.
 */
class ClinicProtocolLanguagesTest {

    @Test
    void a_spanish_page_gets_the_spanish_words_the_numbers_and_nothing_in_english(@TempDir Path project) throws Exception {
        ClinicProtocol p = ProtocolFile.load(project, """
                rest_minutes:
                  about: Rest (minutes).
                  value: "120"
                dose:
                  about: A dose with a unit in letters.
                  value: "0.5 mg/kg"
                aftercare:
                  about: A sentence.
                  value: "An adult takes you home."
                  value_es: "Un adulto le lleva a casa."
                checks:
                  about: A list.
                  items:
                    - patients: We check.
                      physicians: Checks.
                      patients_es: Revisamos.
                """);
        assertEquals(List.of(), p.problems());
        Map<String, String> expected = new HashMap<>();
        expected.put("protocol_rest_minutes", "120");
        expected.put("protocol_rest_minutes_as_hours", "2 horas"); // the page's words (duration.*), not "2 hours"
        expected.put("protocol_dose", null); // "mg/kg" has letters: words a translator confirms
        expected.put("protocol_aftercare", "Un adulto le lleva a casa.");
        assertEquals(expected, p.attributesIn("es-US", Messages.of(BakedSite.project(), "es-US")));
        expected.put("protocol_rest_minutes_as_hours", null); // a language without a messages file: no words at all
        assertEquals(expected, p.attributesIn("es-US", null));
        assertEquals("Revisamos.", p.entry("checks").items().get(0).get("patients_es"));
        assertEquals(Map.of("es", "Un adulto le lleva a casa."), p.entry("aftercare").translations());
    }

    @Test
    void an_empty_translation_or_one_on_a_list_is_named_with_its_line(@TempDir Path project) throws Exception {
        ClinicProtocol p = ProtocolFile.load(project, """
                aftercare:
                  about: A sentence.
                  value: "An adult takes you home."
                  value_es: ""
                checks:
                  about: A list.
                  value_es: "Revisamos."
                  items:
                    - patients: We check.
                      physicians: Checks.
                    - patients: We look.
                      physicians: Looks.
                      patients_es: ""
                """);
        assertEquals(List.of(
                "data/clinic-protocol.yaml:4: entry 'aftercare': field 'value_es' is empty.",
                "data/clinic-protocol.yaml:11: entry 'checks': each item needs exactly two lines, 'patients:' (plain"
                        + " words) and 'physicians:' (clinical words), and words after each line in another language"
                        + " (patients_es:).",
                "data/clinic-protocol.yaml:5: entry 'checks': a list has no value to translate: write patients_es and"
                        + " physicians_es in each item instead of value_es."), p.problems());
    }
}
