package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import clinic.site.content.ClinicFacts;
import clinic.site.support.BakedSite;

/**
 * The clinical rules of issue 14: one clinic protocol (data/clinic-protocol.yaml) that no article restates by hand,
 * the same contraindication lists for patients and physicians, balanced ECT evidence, interactions with numbers'
 * worth of care, the referral form's crisis line, and an honest review status while the reviewer is an example.
 */
class ClinicalContentTest {

    static final String PROTOCOL_FILE = "data/clinic-protocol.yaml";

    /**
     * The unit a bare-number value is written with, from the last word(s) of its key (the file's naming rule), and
     * the ways an editor might type it after the number: "120 minutes", "120-minute", "120 min".
     */
    static final Map<String, List<String>> UNITS = new LinkedHashMap<>();

    static {
        UNITS.put("_per_minute", List.of(" beats", "/min", " per minute", " a minute", " bpm"));
        UNITS.put("_minutes", List.of(" minutes", " minute", "-minute", " min"));
        UNITS.put("_hours", List.of(" hours", " hour", "-hour", " h"));
        UNITS.put("_percent", List.of("%", " percent"));
        UNITS.put("_infusions", List.of(" infusions", " infusion"));
        UNITS.put("_sessions", List.of(" sessions", " session", " days"));
        UNITS.put("_mg", List.of(" mg"));
        UNITS.put("_years", List.of(" years", " year", "-year"));
        UNITS.put("_weeks", List.of(" weeks", " week", "-week"));
        UNITS.put("_per_year", List.of(" a year", " per year", " infusions", " top-up"));
    }

    /** The protocol file, parsed: key -> entry. */
    static Map<String, Map<String, Object>> protocol;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readProtocol() throws IOException {
        protocol = (Map<String, Map<String, Object>>) new Yaml().load(
                Files.readString(BakedSite.project().resolve(PROTOCOL_FILE), StandardCharsets.UTF_8));
    }

    @Test
    void every_protocol_entry_says_what_it_is_and_is_a_value_or_a_list_in_both_voices() {
        List<String> problems = new ArrayList<>();
        assertTrue(protocol.size() >= 20, PROTOCOL_FILE + " holds only " + protocol.size() + " facts");
        protocol.forEach((key, entry) -> {
            String where = PROTOCOL_FILE + ", " + key + ": ";
            if (!key.matches("[a-z][a-z0-9_]*")) {
                problems.add(where + "the key must be lower_snake_case");
            }
            if (!(entry.get("about") instanceof String about) || about.isBlank()) {
                problems.add(where + "`about:` is missing (say what the value is, for whom, and its unit)");
            }
            boolean value = entry.get("value") != null;
            boolean items = entry.get("items") instanceof List<?>;
            if (value == items) {
                problems.add(where + "give either `value:` or `items:`");
            }
            if (value && isBareNumber(String.valueOf(entry.get("value"))) && unitOf(key) == null) {
                problems.add(where + "the value " + entry.get("value") + " is a bare number: end the key with its unit ("
                        + String.join(", ", UNITS.keySet()) + ") or write the unit in the value");
            }
            if (items) {
                for (Object item : (List<?>) entry.get("items")) {
                    if (!(item instanceof Map<?, ?> m) || !(m.get("patients") instanceof String) || !(m.get("physicians") instanceof String)) {
                        problems.add(where + "every item needs `patients:` and `physicians:` text: " + item);
                    }
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A protocol value typed into an article (or a template) by hand can silently disagree with the file. A sentence
     * that cites a source (<<...>>) reports a trial or a label, not the clinic's protocol, and may carry the number.
     */
    @Test
    void no_article_states_a_protocol_value_by_hand() {
        List<String> problems = new ArrayList<>();
        Map<String, List<String>> needles = protocolNeedles();
        for (Path file : sourceFiles()) {
            problems.addAll(handTypedValues(file, read(file), needles));
        }
        assertTrue(problems.isEmpty(), "protocol values typed by hand (use the attribute, e.g. {protocol_observation_minutes}):\n"
                + String.join("\n", problems));
    }

    /**
     * Any other clinical quantity (a time, a dose, a pressure, a rate) in an article is either the clinic's, and then
     * must come from the protocol file, or a study's or a label's, and then its sentence cites it. So an uncited
     * "30 minutes" fails even when it differs from the protocol's value: it would contradict it.
     */
    @Test
    void no_article_states_an_uncited_clinical_quantity() {
        List<String> problems = new ArrayList<>();
        for (Path file : sourceFiles()) {
            if (file.toString().endsWith(".adoc")) {
                problems.addAll(uncitedQuantities(file, read(file)));
            }
        }
        assertTrue(problems.isEmpty(), "clinical quantities with no source (use a {protocol_...} value, or cite the study):\n"
                + String.join("\n", problems));
    }

    @Test
    void the_hand_typed_value_check_catches_a_planted_literal() {
        Map<String, List<String>> needles = protocolNeedles();
        String minutes = String.valueOf(protocol.get("observation_minutes").get("value"));
        String planted = "We watch you for " + minutes + " minutes after the drip.\n"
                + "// a comment with " + minutes + " minutes is not published\n"
                + "The label says at least " + minutes + " minutes <<spravato-label>>.\n"
                + "* [[[x2020,X 2020]]] X. A " + minutes + "-minute infusion: a trial. _J_. 2020. https://doi.org/10.1/x[doi]\n";
        List<String> found = handTypedValues(Path.of("planted.adoc"), planted, needles);
        assertEquals(1, found.size(), "expected exactly the first line to be caught: " + found);
        assertTrue(found.get(0).contains("planted.adoc:1") && found.get(0).contains("observation_minutes"), found.get(0));
        String contradiction = "You can go home 30 minutes after the drip.\nTrials used 0.5 mg/kg over 40 minutes <<anand2023>>.\n"
                + "You rest for at least {protocol_observation_minutes} minutes.\n";
        List<String> uncited = uncitedQuantities(Path.of("planted.adoc"), contradiction);
        assertEquals(List.of("planted.adoc:1: \"30 minutes\""), uncited);
    }

    @Test
    void patients_and_physicians_are_given_the_same_contraindication_lists() {
        List<String> problems = new ArrayList<>();
        for (String list : List.of("contraindications_absolute", "contraindications_relative")) {
            for (String[] use : new String[][] {{"/patients/is-ketamine-right-for-me/", "patients"},
                    {"/patients/side-effects-and-safety/", "patients"}, {"/physicians/who-to-refer/", "physicians"}}) {
                List<String> wanted = itemTexts(list, use[1]);
                Document doc = BakedSite.parse(BakedSite.page(use[0]));
                // Asciidoctor prints ' as a typographic apostrophe.
                boolean shown = doc.select("main ul").stream()
                        .anyMatch(ul -> ul.select("> li").eachText().stream().map(t -> t.replace('\u2019', '\'')).toList().equals(wanted));
                if (!shown) {
                    problems.add(use[0] + ": no list with exactly the " + use[1] + "' items of " + list
                            + " (place it with protocol::" + list + "[voice=" + use[1] + "])");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void no_page_shows_a_protocol_attribute_or_macro_unresolved() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            String text = BakedSite.parse(page).select("main").text();
            if (text.contains("{protocol_") || text.contains("protocol::")) {
                problems.add(BakedSite.sitePath(page));
            }
        }
        assertTrue(problems.isEmpty(), "pages showing a protocol attribute or macro as text: " + problems);
    }

    /** A page that cites a ketamine-vs-ECT trial and speaks of ECT cites both: ELEKT-D and KetECT. */
    @Test
    void every_page_comparing_ketamine_with_ect_cites_both_trials() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            Element prose = doc.selectFirst("main .app-prose");
            if (prose == null) {
                continue;
            }
            prose = prose.clone();
            prose.select(".bibliography").remove();
            boolean mentionsEct = prose.text().matches("(?s).*\\b(ECT|electroconvulsive)\\b.*");
            boolean elektd = !doc.select(".bibliography a[id=anand2023]").isEmpty();
            boolean ketect = !doc.select(".bibliography a[id=ekstrand2022]").isEmpty();
            if (mentionsEct && (elektd || ketect) && elektd != ketect) {
                problems.add(BakedSite.sitePath(page) + " cites " + (elektd ? "ELEKT-D (anand2023) but not KetECT (ekstrand2022)"
                        : "KetECT (ekstrand2022) but not ELEKT-D (anand2023)"));
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * Esketamine on both sides (clinical review S7): a page that cites its positive trials (SUSTAIN-1, ESCAPE-TRD)
     * also cites the pivotal trial that missed its endpoint (TRANSFORM-1).
     */
    @Test
    void every_page_citing_esketamines_positive_trials_cites_its_failed_one_too() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            boolean positive = !doc.select(".bibliography a[id=daly2019], .bibliography a[id=reif2023]").isEmpty();
            if (positive && doc.select(".bibliography a[id=fedgchin2019]").isEmpty()) {
                problems.add(BakedSite.sitePath(page) + " cites SUSTAIN-1 or ESCAPE-TRD but not TRANSFORM-1 (fedgchin2019)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The clinic has no urgent or crisis pathway (clinical review S7): suicidal ideation is no box on the referral form
     * and no row of who-to-refer's indications, which say instead that it is no reason to refer on its own.
     */
    @Test
    void suicidal_ideation_is_not_offered_as_a_reason_to_refer() {
        Document form = BakedSite.parse(BakedSite.page("/physicians/referral-form/"));
        Element indication = form.select("main tr").stream()
                .filter(tr -> tr.selectFirst("td") != null && tr.selectFirst("td").text().equals("Indication"))
                .findFirst().orElseThrow(() -> new AssertionError("the referral form has no Indication row"));
        assertFalse(indication.text().toLowerCase(Locale.ROOT).contains("suicid"),
                "the referral form offers suicidal ideation as an indication: " + indication.text());
        Document who = BakedSite.parse(BakedSite.page("/physicians/who-to-refer/"));
        Element table = who.select("main table").stream().filter(t -> t.text().startsWith("Indication"))
                .findFirst().orElseThrow(() -> new AssertionError("who-to-refer has no indications table"));
        for (Element row : table.select("tbody tr")) {
            Element first = row.selectFirst("td");
            assertFalse(first != null && first.text().toLowerCase(Locale.ROOT).contains("suicid"),
                    "who-to-refer lists suicidal ideation as an indication: " + row.text());
        }
        assertTrue(who.select("main").text().contains("no urgent or crisis pathway"),
                "who-to-refer does not say the clinic has no urgent or crisis pathway");
    }

    /**
     * Ketamine is no treatment for thoughts of suicide, and the clinic sees no one quickly (clinical review S8): no
     * patient page lists them under "Who it may help", where a reader in crisis would take them as an offer.
     */
    @Test
    void no_page_lists_thoughts_of_suicide_among_who_ketamine_may_help() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            for (Element section : BakedSite.parse(page).select("div.sect1:has(> h2:matchesOwn((?i)who it may help))")) {
                if (section.text().toLowerCase(Locale.ROOT).contains("suicid")) {
                    problems.add(BakedSite.sitePath(page) + ": \"" + section.selectFirst("h2").text()
                            + "\" mentions suicide");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertFalse(BakedSite.parse(BakedSite.page("/patients/is-ketamine-right-for-me/"))
                .select("div.sect1 > h2:matchesOwn((?i)who it may help)").isEmpty(), "the section this test reads is gone");
    }

    /**
     * Schizophrenia and other primary psychotic disorders are an absolute exclusion at any time, not only current
     * psychosis (clinical review S8: ketamine worsened positive symptoms in schizophrenia, Lahti 1995).
     */
    @Test
    @SuppressWarnings("unchecked")
    void primary_psychotic_disorders_are_an_absolute_exclusion() {
        List<Map<String, String>> absolute = (List<Map<String, String>>) protocol.get("contraindications_absolute").get("items");
        assertTrue(absolute.stream().anyMatch(item -> item.get("physicians").contains("Schizophrenia")
                && item.get("physicians").contains("at any time") && item.get("patients").contains("Schizophrenia")),
                "contraindications_absolute has no item for schizophrenia and other primary psychotic disorders");
    }

    @Test
    void the_physicians_evidence_page_includes_the_negative_and_consensus_evidence() {
        Document doc = BakedSite.parse(BakedSite.page("/physicians/evidence/"));
        // pickering2020: the negative pain trial (clinical review S8), beside the CRPS trials
        List<String> missing = Stream.of("jelovac2025", "cochrane", "sanacora2017", "mcintyre2021", "ekstrand2022", "anand2023",
                "pickering2020")
                .filter(id -> doc.select(".bibliography a[id^=" + id + "]").isEmpty()).toList();
        assertTrue(missing.isEmpty(), "/physicians/evidence/ lacks references: " + missing);
    }

    @Test
    void the_interactions_name_maois_stimulants_and_benzodiazepines_and_say_never_stop_alone() {
        List<String> problems = new ArrayList<>();
        for (String path : List.of("/patients/side-effects-and-safety/", "/patients/before-your-infusion/")) {
            String text = BakedSite.parse(BakedSite.page(path)).select("main").text().toLowerCase(Locale.ROOT);
            for (String needed : List.of("maoi", "stimulant", "benzodiazepine", "weaker", "never stop")) {
                if (!text.contains(needed)) {
                    problems.add(path + ": no mention of \"" + needed + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_referral_form_tells_the_referrer_not_to_fax_an_active_risk() {
        Document form = BakedSite.parse(BakedSite.page("/physicians/referral-form/"));
        Element cell = form.select("main td").stream().filter(td -> td.text().contains("Intent or a plan")).findFirst().orElse(null);
        assertTrue(cell != null, "the form has no 'Intent or a plan' box");
        String text = cell.text();
        assertTrue(text.contains("do not fax") && text.contains("crisis care today"),
                "the 'Intent or a plan' box lacks the crisis instruction beside it: " + text);
        for (String field : List.of("agrees to this referral", "Bipolar", "Epilepsy", "Weight", "takes them home",
                "Adherence", "CRPS", "PTSD", "Liver disease", "Raised intracranial pressure", "Raised intraocular pressure",
                "Firearms", "Stored medicines", "Sleep apnea", "Diabetes", "Not known", "Keeps overall care")) {
            if (!form.select("main").text().contains(field)) {
                throw new AssertionError("the referral form has no field \"" + field + "\"");
            }
        }
    }

    @Test
    void the_physician_line_is_a_tel_link_wherever_it_is_shown() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            for (Element p : doc.select("main p, main li")) {
                // A table row names the line in one cell and gives the number in the next.
                Element scope = p.closest("tr") != null ? p.closest("tr") : p;
                if (p.text().toLowerCase(Locale.ROOT).contains("physician line") && scope.select("a[href^=tel:]").isEmpty()) {
                    problems.add(BakedSite.sitePath(page) + ": \"" + p.text() + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), "physician line without a tel: link:\n" + String.join("\n", problems));
    }

    @Test
    void the_clinic_phone_is_a_tel_link_wherever_a_page_gives_it() throws IOException {
        // A patient on a phone taps the number; the header's is a link already (ComponentsTest).
        String phone = ClinicFacts.settings(BakedSite.project()).getProperty("clinic.phone");
        String tel = "tel:" + phone.replaceAll("[^0-9+]", "");
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            for (Element p : BakedSite.parse(page).select("main p, main li")) {
                if (p.text().contains(phone) && p.select("a[href=" + tel + "]").isEmpty()) {
                    problems.add(BakedSite.sitePath(page) + ": \"" + p.text() + "\"");
                }
            }
        }
        assertTrue(problems.isEmpty(), "the clinic phone without a tel: link (write link:tel:{clinic_phone_tel}[{clinic_phone}]):\n"
                + String.join("\n", problems));
    }

    @Test
    void each_tel_fact_is_the_same_number_as_its_phone_fact() throws IOException {
        Map<String, String> props = new LinkedHashMap<>();
        Files.readString(BakedSite.project().resolve("jbake.properties"), StandardCharsets.UTF_8).lines()
                .filter(l -> l.startsWith("clinic.")).forEach(l -> props.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
        for (String number : List.of("clinic.phone", "clinic.physician_line")) {
            assertEquals(props.get(number).replaceAll("[^0-9+]", ""), props.get(number + "_tel"),
                    "jbake.properties: " + number + "_tel must be " + number + " as digits only");
        }
    }

    /** While the configured reviewer is an example, no page may claim a clinical review took place. */
    @Test
    void review_status_is_honest_while_the_reviewer_is_an_example() throws IOException {
        boolean example = Files.readString(BakedSite.project().resolve("jbake.properties"), StandardCharsets.UTF_8)
                .lines().filter(l -> l.startsWith("clinic.medical_director=")).anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("example"));
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path page : BakedSite.pages()) {
            Element review = BakedSite.parse(page).selectFirst(".app-review-dates");
            if (review == null) {
                continue;
            }
            blocks++;
            String text = review.text();
            if (example && (text.contains("Page last reviewed") || text.contains("Clinically reviewed by") || !text.contains("Clinical review pending"))) {
                problems.add(BakedSite.sitePath(page) + ": claims a review by an example reviewer: " + text);
            }
            if (!example && !text.contains("Page last reviewed")) {
                problems.add(BakedSite.sitePath(page) + ": a real reviewer is configured but the page does not say when it was reviewed");
            }
        }
        assertTrue(blocks > 20, "too few review blocks found: " + blocks);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        if (example) {
            for (Path page : BakedSite.pages()) {
                String html = BakedSite.parse(page).select("script[type=application/ld+json]").html();
                assertFalse(html.contains("reviewedBy"), BakedSite.sitePath(page) + ": structured data names an example reviewer");
            }
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------------

    private static boolean isBareNumber(String value) {
        return value.matches("\\d+(\\.\\d+)?");
    }

    private static String unitOf(String key) {
        return UNITS.keySet().stream().filter(key::endsWith).findFirst().orElse(null);
    }

    /** For each value entry, the texts that would mean it was typed by hand. */
    private static Map<String, List<String>> protocolNeedles() {
        Map<String, List<String>> needles = new LinkedHashMap<>();
        protocol.forEach((key, entry) -> {
            Object v = entry.get("value");
            if (v == null) {
                return;
            }
            String value = String.valueOf(v);
            String unit = unitOf(key);
            if (isBareNumber(value) && unit != null) {
                needles.put(key, UNITS.get(unit).stream().map(u -> value + u).toList());
            } else {
                needles.put(key, List.of(value));
            }
        });
        return needles;
    }

    private static final Pattern CITATION = Pattern.compile("<<[^>]+>>");

    /**
     * Lines of one file holding a protocol value outside a cited sentence; AsciiDoc comments and reference entries
     * (a paper's own title, "a 4-week course") are skipped.
     */
    static List<String> handTypedValues(Path file, String text, Map<String, List<String>> needles) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("//") || line.trim().startsWith("<#--") || line.startsWith("* [[[")) {
                continue;
            }
            for (String sentence : line.split("(?<=[.!?])\\s+")) {
                if (CITATION.matcher(sentence).find()) {
                    continue;
                }
                String lower = sentence.toLowerCase(Locale.ROOT);
                for (Map.Entry<String, List<String>> n : needles.entrySet()) {
                    for (String needle : n.getValue()) {
                        if (containsAsWord(lower, needle.toLowerCase(Locale.ROOT))) {
                            found.add(file + ":" + (i + 1) + ": \"" + needle + "\" is the protocol's " + n.getKey()
                                    + "; write {protocol_" + n.getKey() + "}");
                        }
                    }
                }
            }
        }
        return found;
    }

    /** A number with a clinical unit: minutes, hours, mg, mg/kg, mg/h, mmHg, /min, beats. */
    private static final Pattern QUANTITY = Pattern.compile(
            "(?<![\\w.{])\\d+(?:\\.\\d+)?(?:\\s*(?:to|-|–|or)\\s*\\d+(?:\\.\\d+)?)?[\\s-]*(?:minutes?|mins?|hours?|h\\b|mg/kg(?:/h)?|mg/h|mg\\b|mmHg|/min|beats)",
            Pattern.CASE_INSENSITIVE);

    /** Lines of one AsciiDoc file with a clinical quantity in a sentence that cites nothing; comments and reference entries skipped. */
    static List<String> uncitedQuantities(Path file, String text) {
        List<String> found = new ArrayList<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("//") || lines[i].startsWith("* [[[")) {
                continue;
            }
            for (String sentence : lines[i].split("(?<=[.!?])\\s+")) {
                if (CITATION.matcher(sentence).find()) {
                    continue;
                }
                var m = QUANTITY.matcher(sentence);
                while (m.find()) {
                    found.add(file + ":" + (i + 1) + ": \"" + m.group() + "\"");
                }
            }
        }
        return found;
    }

    /** True if the needle occurs and is not part of a longer number or word ("120 minutes" not in "1120 minutes"). */
    private static boolean containsAsWord(String haystack, String needle) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            boolean startOk = at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1)) && haystack.charAt(at - 1) != '.';
            int end = at + needle.length();
            boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end))
                    || !Character.isLetterOrDigit(needle.charAt(needle.length() - 1));
            if (startOk && endOk) {
                return true;
            }
            from = at + 1;
        }
    }

    private List<String> itemTexts(String list, String voice) {
        List<String> texts = new ArrayList<>();
        for (Object item : (List<?>) protocol.get(list).get("items")) {
            String text = String.valueOf(((Map<?, ?>) item).get(voice)).trim();
            for (Map.Entry<String, Map<String, Object>> e : protocol.entrySet()) {
                text = text.replace("{protocol_" + e.getKey() + "}", String.valueOf(e.getValue().get("value")));
            }
            texts.add(text);
        }
        return texts;
    }

    /** Every content file and template: the places a protocol value could be typed. */
    private static List<Path> sourceFiles() {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("content", "templates")) {
            try (Stream<Path> s = Files.walk(BakedSite.project().resolve(dir))) {
                s.filter(p -> p.toString().endsWith(".adoc") || p.toString().endsWith(".ftl")).sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
