package clinic.site.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import clinic.site.model.Messages;
import clinic.site.support.BakedSite;

/** data/clinic-protocol.yaml: values, lists in two voices, examples, and a message with the line for each mistake. */
class ClinicProtocolIT {

    static final String GOOD = """
            observation_minutes:
              about: Minimum observation after the infusion ends (minutes).
              example: true
              value: "120"
            fasting:
              about: Fasting before an infusion.
              value: 6 hours for food, 2 hours for clear fluids
            contraindications_absolute:
              about: Conditions for which the clinic will not give ketamine.
              example: true
              items:
                - patients: You are pregnant or could be pregnant
                  physicians: Pregnancy
                - patients: You have had psychosis
                  physicians: Current or past psychosis
            """;

    static Asciidoctor asciidoctor;

    @BeforeAll
    static void start() {
        asciidoctor = Asciidoctor.Factory.create(); // registers ProtocolExtensions through the service loader
    }

    @AfterAll
    static void stop() {
        asciidoctor.close();
    }

    @Test
    void values_become_settings_and_examples_are_listed(@TempDir Path project) throws Exception {
        ClinicProtocol protocol = ProtocolFile.load(project, GOOD);
        assertEquals(List.of(), protocol.problems());
        var settings = protocol.settings(project, Messages.of(BakedSite.project(), "en-US"));
        assertEquals("120", settings.getProperty("protocol.observation_minutes"));
        assertEquals("6 hours for food, 2 hours for clear fluids", settings.getProperty("protocol.fasting"));
        assertEquals("observation_minutes contraindications_absolute", settings.getProperty("protocol.examples"));
        assertEquals(2, protocol.entry("contraindications_absolute").items().size());
    }

    @Test
    void a_project_without_the_file_has_no_entries_and_no_problems(@TempDir Path project) {
        ClinicProtocol protocol = ClinicProtocol.load(project);
        assertTrue(protocol.problems().isEmpty());
        assertTrue(protocol.entries().isEmpty());
    }

    @Test
    void each_mistake_names_the_file_the_line_and_the_fix(@TempDir Path project) throws Exception {
        ClinicProtocol protocol = ProtocolFile.load(project, """
                observation_minutes:
                  about: Minimum observation.
                  valu: "120"
                Bad Name:
                  about: x
                  value: 1
                both:
                  about: x
                  value: 1
                  items: []
                voices:
                  about: x
                  items:
                    - patients: only one voice
                nothing:
                  value: 2
                  example: maybe
                """);
        List<String> p = protocol.problems();
        assertTrue(p.contains("data/clinic-protocol.yaml:3: entry 'observation_minutes': unknown field 'valu'. Use about, example, value or items (and value_es for the value in Spanish)."), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.startsWith("data/clinic-protocol.yaml:4: entry 'Bad Name': use a name of lower-case")), p.toString());
        assertTrue(p.contains("data/clinic-protocol.yaml:7: entry 'both': give it either 'value' (one value) or 'items' (a list), not both or neither."), p.toString());
        assertTrue(p.stream().anyMatch(m -> m.startsWith("data/clinic-protocol.yaml:14: entry 'voices': each item needs exactly two lines")), p.toString());
        assertTrue(p.contains("data/clinic-protocol.yaml:15: entry 'nothing': field 'about' is missing: say in one line what the value is, for editors."), p.toString());
        assertTrue(p.contains("data/clinic-protocol.yaml:15: entry 'nothing': field 'example' is 'maybe'; use true (not yet confirmed) or remove the line."), p.toString());
    }

    @Test
    void broken_yaml_names_its_line(@TempDir Path project) throws Exception {
        ClinicProtocol protocol = ProtocolFile.load(project, "a:\n  about: x\n  value: [unclosed\n");
        assertEquals(1, protocol.problems().size());
        assertTrue(protocol.problems().get(0).startsWith("data/clinic-protocol.yaml:"), protocol.problems().toString());
        assertTrue(protocol.problems().get(0).contains("not valid YAML"), protocol.problems().toString());
    }

    static String convert(Path project, String adoc) {
        return asciidoctor.convert(adoc, Options.builder().attributes(Attributes.builder()
                .attribute("protocol_file", project.resolve(ClinicProtocol.FILE).toString()).build()).build());
    }

    @Test
    void the_block_macro_writes_the_same_list_in_either_voice(@TempDir Path project) throws Exception {
        ProtocolFile.load(project, GOOD);
        String patients = convert(project, "protocol::contraindications_absolute[voice=patients]");
        String physicians = convert(project, "protocol::contraindications_absolute[voice=physicians]");
        assertTrue(patients.contains("<p>You are pregnant or could be pregnant</p>") && patients.contains("<p>You have had psychosis</p>"), patients);
        assertTrue(physicians.contains("<p>Pregnancy</p>") && physicians.contains("<p>Current or past psychosis</p>"), physicians);
        assertTrue(patients.contains("app-protocol-list"), patients);
    }

    @Test
    void an_unknown_list_or_voice_becomes_a_problem_paragraph(@TempDir Path project) throws Exception {
        ProtocolFile.load(project, GOOD);
        String unknown = convert(project, "protocol::nope[voice=patients]");
        assertTrue(unknown.contains(ProtocolListMacro.PROBLEM_ROLE) && unknown.contains("The lists there are: contraindications_absolute."), unknown);
        String noVoice = convert(project, "protocol::contraindications_absolute[]");
        assertTrue(noVoice.contains("needs voice=patients or voice=physicians"), noVoice);
    }
}
