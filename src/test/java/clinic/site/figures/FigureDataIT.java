package clinic.site.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.content.SourceFile;
import clinic.site.model.Messages;
import clinic.site.protocol.ClinicProtocol;
import clinic.site.support.BakedSite;
import clinic.site.support.SharedAsciidoctor;
import clinic.site.validation.LogRules;
import clinic.site.validation.Problem;

/**
 * Every mistake an editor can make in a figure's data (data/figures/*.yaml, data/evidence.yaml) or in placing it
 * (figure::name[]), each with its own fixture: a copy of the project's data with one mistake, converted by
 * Asciidoctor with the site's extensions and jbake.properties' attributes, as JBake converts a page, and the
 * problems the bake would print (AsciidocLog, LogRules). No bake: milliseconds a case.
 */
class FigureDataIT {

    static final Asciidoctor asciidoctor = SharedAsciidoctor.get();

    @TempDir
    Path project;

    /** A project with the real figure data, evidence, protocol and an empty content/ folder. */
    @BeforeEach
    void copyProjectData() throws IOException {
        Path real = BakedSite.project();
        Files.createDirectories(project.resolve("content/patients/x"));
        Files.copy(real.resolve("jbake.properties"), project.resolve("jbake.properties"));
        Files.createDirectories(project.resolve("data/figures"));
        for (String file : List.of("data/evidence.yaml", ClinicProtocol.FILE, "data/figures/infusion-timeline.yaml",
                "data/figures/ketamine-mechanism.yaml", "data/figures/evidence-response-chart.yaml",
                "data/figures/evidence-patient-summary.yaml")) {
            Files.copy(real.resolve(file), project.resolve(file));
        }
        Files.createDirectories(project.resolve(Messages.FOLDER));
        Files.copy(real.resolve(MESSAGES), project.resolve(MESSAGES));
    }

    static final String MESSAGES = Messages.FOLDER + "/en.properties";

    static final String PAGE = "content/patients/x/index.adoc";

    /** The page's header: lines 1-2 of the page, before its body. */
    static final String HEADER = "title=X\n~~~~~~\n";

    /** The page with this body, converted: the problems the bake would print. */
    List<String> problems(String body) throws IOException {
        Map<String, Object> attributes = attributes();
        convert(body, attributes);
        return LogRules.check(SourceFile.parse(PAGE, HEADER + body), AsciidocLog.of(project.resolve(PAGE)), attributes.keySet())
                .stream().map(Problem::toString).toList();
    }

    /** The page with this body, converted: its HTML. */
    String html(String body) throws IOException {
        return convert(body, attributes());
    }

    /** Writes the page with this body and converts it as JBake does, its log kept for AsciidocLog.of; its HTML. */
    private String convert(String body, Map<String, Object> attributes) throws IOException {
        Path page = project.resolve(PAGE);
        Files.writeString(page, HEADER + body, StandardCharsets.UTF_8);
        String[] html = new String[1];
        AsciidocLog.converting(page, () -> html[0] = asciidoctor.convert(body, Options.builder().safe(SafeMode.UNSAFE)
                .baseDir(page.getParent().toFile()).attributes(Attributes.builder().attributes(attributes).build()).build()));
        return html[0];
    }

    /** The attributes JBake gives Asciidoctor: asciidoctor.attributes of jbake.properties, clinic.x and protocol.x. */
    Map<String, Object> attributes() throws IOException {
        Properties props = new Properties();
        try (Reader r = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            props.load(r);
        }
        props.putAll(ClinicProtocol.load(project).settings(project, Messages.of(BakedSite.project(), "en-US")));
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String a : props.getProperty("asciidoctor.attributes").split(",")) {
            String[] kv = a.split("=", 2);
            attributes.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        props.stringPropertyNames().stream().filter(k -> k.startsWith("clinic.") || k.startsWith("protocol."))
                .forEach(k -> attributes.put(k.replace('.', '_'), props.getProperty(k)));
        return attributes;
    }

    /** Replaces text in a data file of the fixture (the text must be there). */
    void edit(String file, String from, String to) throws IOException {
        Path p = project.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(p, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The line (from 1) of the first line of `file` that contains `text`. */
    int lineOf(String file, String text) throws IOException {
        List<String> lines = Files.readAllLines(project.resolve(file), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(file + " has no line with " + text);
    }

    static final String TIMELINE = "data/figures/infusion-timeline.yaml";
    static final String MECHANISM = "data/figures/ketamine-mechanism.yaml";
    static final String EVIDENCE = "data/evidence.yaml";
    static final String REFERENCES = "\n\n== References\n\n[bibliography]\n* [[[murrough2013,Murrough 2013]]] Murrough JW.\n";

    @Test
    void the_project_figures_have_no_problem() throws IOException {
        assertEquals(List.of(), problems("Text.\n\nfigure::infusion-timeline[]\n\nfigure::ketamine-mechanism[]\n"));
    }

    @Test
    void an_unknown_figure_names_the_page_line_and_the_known_figures() throws IOException {
        assertEquals(List.of(PAGE + ":5: figure 'infusion-timline' does not exist. Known figures: infusion-timeline,"
                + " ketamine-mechanism, evidence-response-chart, evidence-table, evidence-patient-summary. Check the name"
                + " in figure::infusion-timline[]."), problems("Text.\n\nfigure::infusion-timline[]\n"));
    }

    @Test
    void a_missing_field_names_the_data_file_line_field_and_an_example() throws IOException {
        edit(TIMELINE, "  title: Your drip day, step by step.\n", "");
        assertEquals(List.of(TIMELINE + ":" + (lineOf(TIMELINE, "  text: From checking in") - 1) + ": field 'caption.title' is missing. Add it,"
                + " for example: title: Your infusion day, step by step."), problems("figure::infusion-timeline[]\n"));
    }

    @Test
    void a_field_of_the_wrong_type_says_what_was_found() throws IOException {
        edit(TIMELINE, "steps:\n", "steps: Checking in\nold_steps:\n");
        assertEquals(List.of(TIMELINE + ":" + lineOf(TIMELINE, "steps: Checking in") + ": field 'steps' must be a list"
                + " (found 'Checking in'): write each item on its own line starting with '- ', for example: - title:"
                + " Checking in (then, under it, text: We ask you a few questions.)"), problems("figure::infusion-timeline[]\n"));
    }

    @Test
    void a_step_text_that_is_a_list_is_the_wrong_type() throws IOException {
        edit(TIMELINE, "    text: An adult takes you home.", "    text:\n      - An adult takes you home.");
        assertEquals(List.of(TIMELINE + ":" + (lineOf(TIMELINE, "- title: Going home") + 1) + ": field 'steps.6.text' must be text"
                + " (found a list), for example: text: We ask you a few questions."), problems("figure::infusion-timeline[]\n"));
    }

    @Test
    void a_protocol_value_typed_wrong_in_the_words_gets_the_closest_name() throws IOException {
        edit(TIMELINE, "{protocol_depression_infusion_minutes}", "{protocol_depression_infusion_minute}");
        assertEquals(List.of(TIMELINE + ":" + lineOf(TIMELINE, "{protocol_depression_infusion_minute}") + ": field"
                + " 'steps.4.text' uses {protocol_depression_infusion_minute}, which is not a value the site knows: did"
                + " you mean 'protocol_depression_infusion_minutes'? The clinic's values are in jbake.properties (clinic.x is {clinic_x})"
                + " and data/clinic-protocol.yaml ({protocol_x})."), problems("figure::infusion-timeline[]\n"));
    }

    @Test
    void the_protocol_values_in_the_words_come_from_the_protocol_file() throws IOException {
        edit(ClinicProtocol.FILE, "value: \"120\"", "value: \"95\"");
        assertEquals(List.of(), problems("figure::infusion-timeline[]\n"));
        String html = asciidoctor.convert("figure::infusion-timeline[]", Options.builder().safe(SafeMode.UNSAFE)
                .baseDir(project.resolve("content/patients/x").toFile()).attributes(Attributes.builder().attributes(attributes()).build()).build());
        assertTrue(html.contains("You rest with us for at least 95 minutes"), html);
    }

    @Test
    void a_box_with_too_many_or_too_long_lines() throws IOException {
        edit(MECHANISM, "  - More glutamate / is let out", "  - More glutamate / is let out / of brain cells");
        edit(MECHANISM, "  - Glutamate reaches / AMPA receptors", "  - Glutamate reaches the AMPA receptors of the cell");
        assertEquals(List.of(MECHANISM + ":" + lineOf(MECHANISM, "is let out") + ": field 'steps.2' has 3 lines; a box"
                + " holds two. Shorten it (\" / \" starts the second line).", MECHANISM + ":" + lineOf(MECHANISM, "AMPA")
                + ": field 'steps.3' has the line 'Glutamate reaches the AMPA receptors of the cell' (48 characters); at"
                + " most 28 fit a box. Shorten it or split it with \" / \"."), problems("figure::ketamine-mechanism[]\n"));
    }

    @Test
    void a_missing_data_file() throws IOException {
        Files.delete(project.resolve(MECHANISM));
        assertEquals(MECHANISM + ": the file is missing. Create it: it holds the words of a figure a page shows.",
                problems("figure::ketamine-mechanism[]\n").get(0));
    }

    @Test
    void data_that_is_not_yaml() throws IOException {
        edit(MECHANISM, "  note: Not proven in people", "  note: [Not proven in people");
        List<String> p = problems("figure::ketamine-mechanism[]\n");
        assertTrue(p.get(0).startsWith(MECHANISM + ":"), p.toString());
        assertTrue(p.get(0).contains("this is not valid YAML"), p.toString());
    }

    @Test
    void a_trial_cited_that_the_page_lacks_names_the_trial_and_the_page() throws IOException {
        List<String> p = problems("figure::evidence-response-chart[]" + REFERENCES);
        int line = lineOf(EVIDENCE, "cite: anand2023");
        assertTrue(p.contains(EVIDENCE + ":" + line + ": trial 3 (Anand 2023): cite 'anand2023' is not in the reference"
                + " list of " + PAGE + ", which shows this trial. Add [[[anand2023,...]]] under References there."), p.toString());
        assertTrue(p.stream().noneMatch(m -> m.contains("murrough2013")), p.toString());
    }

    @Test
    void a_rate_that_is_not_a_percentage() throws IOException {
        edit(EVIDENCE, "      ketamine: 55.4\n", "      ketamine: 554\n");
        List<String> p = problems("figure::evidence-table[]");
        assertTrue(p.contains(EVIDENCE + ":" + lineOf(EVIDENCE, "ketamine: 554") + ": trial 3 (Anand 2023):"
                + " response.ketamine must be a percentage from 0 to 100, written without quotes (now: '554')."), p.toString());
    }

    @Test
    void a_trial_without_a_field_or_with_response_words_and_no_numbers() throws IOException {
        edit(EVIDENCE, "    n: 7\n", "");
        edit(EVIDENCE, "after saline. First placebo-controlled trial.", "after saline. {response}.");
        List<String> p = problems("figure::evidence-table[]");
        int trial = lineOf(EVIDENCE, "study: Berman 2000") - 1;
        assertTrue(p.contains(EVIDENCE + ":" + trial + ": trial 1 (Berman 2000): field 'n' is missing. Add it (the rules"
                + " are at the top of the file)."), p.toString());
        assertTrue(p.contains(EVIDENCE + ":" + lineOf(EVIDENCE, "after saline. {response}") + ": trial 1 (Berman 2000):"
                + " the outcome has {response} but the trial has no 'response:' numbers. Add them, or write the rates in"
                + " words."), p.toString());
    }

    /**
     * The words a figure draws around its data are the site's messages (a second language is a second messages
     * file): the table's headers and response sentence, the arm's name, the count and what is read aloud.
     */
    @Test
    void the_figures_words_come_from_the_messages_file() throws IOException {
        String body = "figure::evidence-table[]\n\nfigure::evidence-patient-summary[]\n" + REFERENCES
                + "* [[[anand2023,Anand 2023]]] Anand A.\n";
        String english = html(body);
        assertTrue(english.contains(">Study</th>") && english.contains("</span> (ketamine) vs <span") && english.contains(">Ketamine</text>")
                && english.contains(">about 55 in 100</text>") && english.contains("Two groups of 100 dots"), english);
        edit(MESSAGES, "evidence_table.study = Study", "evidence_table.study = Estudio");
        edit(MESSAGES, "{ketamine} (ketamine) vs {comparator}", "{ketamine} (ketamina) frente a {comparator}");
        edit(MESSAGES, "figure.ketamine = Ketamine", "figure.ketamine = Ketamina");
        edit(MESSAGES, "evidence_patient_summary.count = about {count} in 100", "evidence_patient_summary.count = unas {count} de cada 100");
        edit(MESSAGES, "= Two groups of 100 dots,", "= Dos grupos de 100 puntos,");
        String spanish = html(body);
        assertTrue(spanish.contains(">Estudio</th>") && spanish.contains("</span> (ketamina) frente a <span") && spanish.contains(">Ketamina</text>")
                && spanish.contains(">unas 55 de cada 100</text>") && spanish.contains("Dos grupos de 100 puntos"), spanish);
        for (String word : List.of(">Study</th>", "</span> (ketamine) vs <span", ">Ketamine</text>", ">about 55 in 100</text>", "Two groups of 100 dots")) {
            assertFalse(spanish.contains(word), "still in English: " + word);
        }
    }

    @Test
    void a_missing_message_is_named_at_the_figure_with_the_line_to_add() throws IOException {
        edit(MESSAGES, "evidence_table.dose = Dose and schedule\n", "");
        assertEquals(List.of(PAGE + ":3: " + MESSAGES + " has no message 'evidence_table.dose': add a line"
                + " evidence_table.dose = ..."), problems("figure::evidence-table[]" + REFERENCES).stream()
                .filter(p -> p.contains(MESSAGES)).toList());
    }

    @Test
    void a_missing_messages_file_is_named_at_the_first_figure() throws IOException {
        Files.delete(project.resolve(MESSAGES));
        assertEquals(List.of(PAGE + ":5: " + MESSAGES + " cannot be read: every template's words are there (a figure's"
                + " headers and labels too)."), problems("Text.\n\nfigure::infusion-timeline[]\n"));
    }

    @Test
    void a_patient_summary_that_names_no_trial_with_rates() throws IOException {
        edit(EVIDENCE, "patient_summary: anand2023", "patient_summary: berman2000");
        assertEquals(List.of(EVIDENCE + ":" + lineOf(EVIDENCE, "patient_summary: berman2000") + ": field"
                + " 'patient_summary' must name the cite of a trial with 'response:' numbers and a 'response.plain'"
                + " wording (now: 'berman2000')."), problems("figure::evidence-patient-summary[]"));
    }

    @Test
    void an_attribute_the_site_does_not_know_names_the_page_line_and_the_closest_one() throws IOException {
        assertEquals(List.of(PAGE + ":5: {clinic_phne} is not a value the site knows, so it would be printed as it is:"
                + " did you mean 'clinic_phone'? The clinic's values are in jbake.properties (clinic.x is {clinic_x}) and"
                + " data/clinic-protocol.yaml ({protocol_x})."), problems("Text.\n\nCall us on {clinic_phne}.\n"));
    }
}
