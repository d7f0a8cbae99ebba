package clinic.site.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import clinic.site.model.Messages;
import clinic.site.support.BakedSite;

/**
 * A value may use a number from another entry, {protocol_x}, as a page does: the number is typed once, so a change to
 * it reaches every sentence that states it (final read S12, F-16). No bake; a list item's references are AsciiDoc's,
 * on the page (ProtocolListMacro).
 */
class ClinicProtocolReferencesTest {

    @Test
    void a_number_used_in_a_value_or_its_translation_is_the_other_entrys(@TempDir Path project) throws Exception {
        ClinicProtocol p = ProtocolFile.load(project, """
                fasting_clear_fluids_hours:
                  about: Clear drinks until this many hours before.
                  example: true
                  value: "2"
                slow_stomach:
                  about: The stricter rule.
                  example: true
                  value: "Stop clear liquids {protocol_fasting_clear_fluids_hours} hours before, as usual."
                  value_es: "Deje los líquidos claros {protocol_fasting_clear_fluids_hours} horas antes."
                checks:
                  about: A list.
                  example: true
                  items:
                    - patients: Nothing to drink {protocol_fasting_clear_fluids_hours} hours before.
                      physicians: NPO clear fluids at {protocol_fasting_clear_fluids_hours} h.
                """);
        assertEquals(List.of(), p.problems());
        assertEquals("Stop clear liquids 2 hours before, as usual.", p.entry("slow_stomach").value());
        assertEquals(Map.of("es", "Deje los líquidos claros 2 horas antes."), p.entry("slow_stomach").translations());
        assertEquals("Nothing to drink {protocol_fasting_clear_fluids_hours} hours before.",
                p.entry("checks").items().get(0).get("patients"), "a list item is filled in by AsciiDoc on the page");
        assertEquals("Stop clear liquids 2 hours before, as usual.",
                p.settings(project, Messages.of(BakedSite.project(), "en-US")).getProperty("protocol.slow_stomach"), "what pages are given");
    }

    @Test
    void an_unknown_name_and_a_value_with_words_are_named_on_the_using_entrys_line(@TempDir Path project) throws Exception {
        ClinicProtocol p = ProtocolFile.load(project, """
                aftercare:
                  about: A sentence.
                  example: true
                  value: "An adult takes you home."
                rule:
                  about: Uses two others.
                  example: true
                  value: "{protocol_fasting_hours} hours; {protocol_aftercare}"
                """);
        assertEquals(List.of("data/clinic-protocol.yaml:5: entry 'rule' uses {protocol_fasting_hours}, but there is no"
                + " entry 'fasting_hours' with a value. Check the name.", "data/clinic-protocol.yaml:5: entry 'rule' uses"
                + " {protocol_aftercare}, but only a number may be used inside another value, and 'An adult takes you"
                + " home.' has words. Write the words here instead."), p.problems());
    }
}
