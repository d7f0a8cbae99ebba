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

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import clinic.site.content.ClinicFacts;
import clinic.site.content.SourceFile;
import clinic.site.model.Messages;
import clinic.site.support.BakedSite;
import clinic.site.support.ByLanguage;
import clinic.site.support.SiteFolder;

/**
 * The clinical rules of issue 14: one clinic protocol (data/clinic-protocol.yaml) that no article restates by hand,
 * the same contraindication lists for patients and physicians, balanced ECT evidence, interactions with numbers'
 * worth of care, the referral form's crisis line, and an honest review status while the reviewer is an example.
 * Each rule whose words depend on the language has a version per language (ByLanguage), applied by a page's own lang;
 * a translation of a page named here is held to that page's rules (PatientArticlesTest.heldLike).
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

    /**
     * The same units in Spanish, for the pages in Spanish (lang=es-US): a number typed by hand is written with the
     * page's own words for its unit ("120 minutos").
     */
    static final Map<String, List<String>> UNITS_ES = new LinkedHashMap<>();

    static {
        UNITS_ES.put("_per_minute", List.of(" latidos", "/min", " por minuto", " al minuto", " lpm"));
        UNITS_ES.put("_minutes", List.of(" minutos", " minuto", " min"));
        UNITS_ES.put("_hours", List.of(" horas", " hora", " h"));
        UNITS_ES.put("_percent", List.of("%", " por ciento"));
        UNITS_ES.put("_infusions", List.of(" infusiones", " infusión"));
        UNITS_ES.put("_sessions", List.of(" sesiones", " sesión", " días"));
        UNITS_ES.put("_mg", List.of(" mg"));
        UNITS_ES.put("_years", List.of(" años", " año"));
        UNITS_ES.put("_weeks", List.of(" semanas", " semana"));
        UNITS_ES.put("_per_year", List.of(" al año", " por año", " infusiones"));
    }

    /** A source's words for the units of protocol values, by the source's language (its lang field). */
    static final ByLanguage<Map<String, List<String>>> UNIT_WORDS = ByLanguage.<Map<String, List<String>>>rule(
            "no article states a protocol value by hand",
            "that language's words for each unit of ClinicalContentTest.UNITS to ClinicalContentTest.UNIT_WORDS")
            .in("en", UNITS)
            .in("es", UNITS_ES);

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
     * A page in another language is searched for the value in its own words (value_es, "120 minutos").
     */
    @Test
    void no_article_states_a_protocol_value_by_hand() {
        List<String> problems = new ArrayList<>();
        for (Path file : sourceFiles()) {
            String text = read(file);
            String lang = languageOf(file, text);
            UNIT_WORDS.forPage(file.toString(), lang, problems)
                    .ifPresent(units -> problems.addAll(handTypedValues(file, text, protocolNeedles(units, lang))));
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
                String text = read(file);
                QUANTITY.forPage(file.toString(), languageOf(file, text), problems)
                        .ifPresent(quantity -> problems.addAll(uncitedQuantities(file, text, quantity)));
            }
        }
        assertTrue(problems.isEmpty(), "clinical quantities with no source (use a {protocol_...} value, or cite the study):\n"
                + String.join("\n", problems));
    }

    @Test
    void the_hand_typed_value_check_catches_a_planted_literal() {
        Map<String, List<String>> needles = protocolNeedles(UNITS, "en-US");
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
        List<String> uncited = uncitedQuantities(Path.of("planted.adoc"), contradiction, QUANTITY.version("en").orElseThrow());
        assertEquals(List.of("planted.adoc:1: \"30 minutes\""), uncited);
    }

    /** The same checks in Spanish: the value in Spanish words, and an uncited quantity with a Spanish unit. */
    @Test
    void the_checks_catch_a_planted_literal_in_spanish_and_name_a_language_they_have_no_words_for() {
        String minutes = String.valueOf(protocol.get("observation_minutes").get("value"));
        String planted = "Le observamos " + minutes + " minutos después del goteo.\n"
                + "La ficha técnica dice " + minutes + " minutos <<spravato-label>>.\n";
        List<String> found = handTypedValues(Path.of("planted.adoc"), planted, protocolNeedles(UNITS_ES, "es-US"));
        assertEquals(1, found.size(), "expected exactly the first line to be caught: " + found);
        assertTrue(found.get(0).contains("planted.adoc:1") && found.get(0).contains("observation_minutes"), found.get(0));
        String contradiction = "Puede irse a casa 30 minutos después del goteo.\nLos ensayos usaron 0.5 mg/kg en 40 minutos <<anand2023>>.\n"
                + "Descansa 2 horas.\n";
        assertEquals(List.of("planted.adoc:1: \"30 minutos\"", "planted.adoc:3: \"2 horas\""),
                uncitedQuantities(Path.of("planted.adoc"), contradiction, QUANTITY.version("es-US").orElseThrow()));
        List<String> problems = new ArrayList<>();
        assertTrue(UNIT_WORDS.forPage("content/fr/x/index.adoc", "fr", problems).isEmpty());
        assertEquals(List.of("content/fr/x/index.adoc (lang=fr): the rule 'no article states a protocol value by hand' has"
                + " no French version, so the page cannot be judged by it: add that language's words for each unit of"
                + " ClinicalContentTest.UNITS to ClinicalContentTest.UNIT_WORDS for \"fr\" (versions today: en, es)"), problems);
    }

    /** ... and a translation of one of those pages shows the same lists in its language's voice (patients_es). */
    @Test
    void patients_and_physicians_are_given_the_same_contraindication_lists() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (String list : List.of("contraindications_absolute", "contraindications_relative")) {
            for (String[] use : new String[][] {{"/patients/is-ketamine-right-for-me/", "patients"},
                    {"/patients/side-effects-and-safety/", "patients"}, {"/physicians/who-to-refer/", "physicians"}}) {
                for (Path page : PatientArticlesTest.heldLike(site, List.of(use[0]))) {
                    String lang = site.languageOf(page);
                    String voice = site.inSiteLanguage(page) ? use[1] : use[1] + "_" + Messages.languageOf(lang);
                    List<String> wanted = itemTexts(list, voice, site.inSiteLanguage(page) ? "value" : "value_" + Messages.languageOf(lang));
                    Document doc = site.parse(page);
                    // Asciidoctor prints ' as a typographic apostrophe.
                    boolean shown = doc.select("main ul").stream()
                            .anyMatch(ul -> ul.select("> li").eachText().stream().map(t -> t.replace('\u2019', '\'')).toList().equals(wanted));
                    if (!shown) {
                        problems.add(site.sitePath(page) + ": no list with exactly the " + voice + "' items of " + list
                                + " (place it with protocol::" + list + "[voice=" + use[1] + "])");
                    }
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

    /** The words for electroconvulsive therapy, in each language: TEC (terapia electroconvulsiva) in Spanish. */
    static final ByLanguage<Pattern> ECT_WORDS = ByLanguage.<Pattern>rule(
            "a page comparing ketamine with ECT cites both trials",
            "a pattern of that language's words for electroconvulsive therapy to ClinicalContentTest.ECT_WORDS")
            .in("en", Pattern.compile("\\b(ECT|electroconvulsive)\\b"))
            .in("es", Pattern.compile("\\b(ECT|TEC|electroconvulsiva)\\b"));

    /**
     * A page that cites a ketamine-vs-ECT trial and speaks of ECT cites both: ELEKT-D and KetECT. The words are only
     * needed, in the page's language, when it cites one of them and not the other.
     */
    @Test
    void every_page_comparing_ketamine_with_ect_cites_both_trials() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.pages()) {
            Document doc = site.parse(page);
            Element prose = doc.selectFirst("main .app-prose");
            if (prose == null) {
                continue;
            }
            Element text = prose.clone();
            text.select(".bibliography").remove();
            boolean elektd = !doc.select(".bibliography a[id=anand2023]").isEmpty();
            boolean ketect = !doc.select(".bibliography a[id=ekstrand2022]").isEmpty();
            if ((elektd || ketect) && elektd != ketect) {
                ECT_WORDS.forPage(site.sitePath(page), site.languageOf(page), problems).ifPresent(ect -> {
                    if (ect.matcher(text.text()).find()) {
                        problems.add(site.sitePath(page) + " cites " + (elektd ? "ELEKT-D (anand2023) but not KetECT (ekstrand2022)"
                                : "KetECT (ekstrand2022) but not ELEKT-D (anand2023)"));
                    }
                });
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

    /** The heading of a page's "who it may help" section (a regular expression) and the stem of "suicide". */
    record WhoItMayHelp(String heading, String suicide) {
    }

    /**
     * In each language. The Spanish heading is the one a translator is expected to use; the test below fails if the
     * translation of /patients/is-ketamine-right-for-me/ has no section under it, so the pattern follows the words used.
     */
    static final ByLanguage<WhoItMayHelp> WHO_IT_MAY_HELP = ByLanguage.<WhoItMayHelp>rule(
            "no page lists thoughts of suicide among who ketamine may help",
            "that language's heading of the section 'Who it may help' and its stem of 'suicide' to ClinicalContentTest.WHO_IT_MAY_HELP")
            .in("en", new WhoItMayHelp("(?i)who it may help", "suicid"))
            .in("es", new WhoItMayHelp("(?i)a qui[eé]n (le )?puede ayudar", "suicid"));

    /**
     * Ketamine is no treatment for thoughts of suicide, and the clinic sees no one quickly (clinical review S8): no
     * patient page lists them under "Who it may help", where a reader in crisis would take them as an offer.
     */
    @Test
    void no_page_lists_thoughts_of_suicide_among_who_ketamine_may_help() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.pages()) {
            WHO_IT_MAY_HELP.forPage(site.sitePath(page), site.languageOf(page), problems).ifPresent(words -> {
                for (Element section : sections(site, page, words)) {
                    if (section.text().toLowerCase(Locale.ROOT).contains(words.suicide())) {
                        problems.add(site.sitePath(page) + ": \"" + section.selectFirst("h2").text() + "\" mentions suicide");
                    }
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        for (Path page : PatientArticlesTest.heldLike(site, List.of("/patients/is-ketamine-right-for-me/"))) {
            WHO_IT_MAY_HELP.version(site.languageOf(page)).ifPresent(words -> assertFalse(sections(site, page, words).isEmpty(),
                    site.sitePath(page) + ": the section this test reads is gone (or its heading is not " + words.heading() + ")"));
        }
    }

    private static List<Element> sections(SiteFolder site, Path page, WhoItMayHelp words) {
        return sections(site.parse(page), words);
    }

    static List<Element> sections(Document doc, WhoItMayHelp words) {
        return doc.select("div.sect1:has(> h2:matchesOwn(" + words.heading() + "))");
    }

    /** The Spanish heading finds its section (its pattern is a valid selector), and a mention of suicide in it. */
    @Test
    void the_spanish_heading_of_who_it_may_help_finds_its_section() {
        WhoItMayHelp words = WHO_IT_MAY_HELP.version("es-US").orElseThrow();
        Document doc = Jsoup.parse("<div class=sect1><h2>¿A quién puede ayudar?</h2><p>A personas con"
                + " pensamientos suicidas.</p></div><div class=sect1><h2>Riesgos</h2><p>Suicidio.</p></div>");
        List<Element> found = sections(doc, words);
        assertEquals(List.of("¿A quién puede ayudar?"), found.stream().map(e -> e.selectFirst("h2").text()).toList());
        assertTrue(found.get(0).text().toLowerCase(Locale.ROOT).contains(words.suicide()));
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

    /**
     * What the interactions must name, in each language. No Spanish version yet: how the Spanish pages word "weaker" and
     * "never stop" is the bilingual clinician's choice, so a translation of these pages fails until it is added here.
     */
    static final ByLanguage<List<String>> INTERACTION_WORDS = ByLanguage.<List<String>>rule(
            "the interactions name MAOIs, stimulants and benzodiazepines and say never to stop a medicine alone",
            "that language's words for them (lower case, as the translation words them) to ClinicalContentTest.INTERACTION_WORDS")
            .in("en", List.of("maoi", "stimulant", "benzodiazepine", "weaker", "never stop"));

    @Test
    void the_interactions_name_maois_stimulants_and_benzodiazepines_and_say_never_stop_alone() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : PatientArticlesTest.heldLike(site, List.of("/patients/side-effects-and-safety/", "/patients/before-your-infusion/"))) {
            String path = site.sitePath(page);
            String text = site.parse(page).select("main").text().toLowerCase(Locale.ROOT);
            INTERACTION_WORDS.forPage(path, site.languageOf(page), problems).ifPresent(words -> {
                for (String needed : words) {
                    if (!text.contains(needed)) {
                        problems.add(path + ": no mention of \"" + needed + "\"");
                    }
                }
            });
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

    /** The name of the physician line in each language (message header.call_physicians), in lower case. */
    static final ByLanguage<String> PHYSICIAN_LINE = ByLanguage.<String>rule(
            "the physician line is a tel: link wherever it is shown",
            "that language's name of the physician line (its header.call_physicians message), in lower case, to"
                    + " ClinicalContentTest.PHYSICIAN_LINE")
            .in("en", "physician line")
            .in("es", "línea para médicos");

    @Test
    void the_physician_line_is_a_tel_link_wherever_it_is_shown() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.pages()) {
            Document doc = site.parse(page);
            PHYSICIAN_LINE.forPage(site.sitePath(page), site.languageOf(page), problems).ifPresent(name -> {
                for (Element p : doc.select("main p, main li")) {
                    // A table row names the line in one cell and gives the number in the next.
                    Element scope = p.closest("tr") != null ? p.closest("tr") : p;
                    if (p.text().toLowerCase(Locale.ROOT).contains(name) && scope.select("a[href^=tel:]").isEmpty()) {
                        problems.add(site.sitePath(page) + ": \"" + p.text() + "\"");
                    }
                }
            });
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

    /** While the configured reviewer is an example, no page may claim a clinical review took place, in any language. */
    @Test
    void review_status_is_honest_while_the_reviewer_is_an_example() throws IOException {
        boolean example = Files.readString(BakedSite.project().resolve("jbake.properties"), StandardCharsets.UTF_8)
                .lines().filter(l -> l.startsWith("clinic.medical_director=")).anyMatch(l -> l.toLowerCase(Locale.ROOT).contains("example"));
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        int blocks = 0;
        for (Path page : site.pages()) {
            Element review = site.parse(page).selectFirst(".app-review-dates");
            if (review == null) {
                continue;
            }
            blocks++;
            String text = review.text();
            String path = site.sitePath(page);
            PatientPageChecks.REVIEW_WORDS.forPage(path, site.languageOf(page), problems).ifPresent(words -> {
                if (example && (text.contains(words.lastReviewed()) || text.contains(words.reviewClaim()) || !text.contains(words.pending()))) {
                    problems.add(path + ": claims a review by an example reviewer: " + text);
                }
                if (!example && !text.contains(words.lastReviewed())) {
                    problems.add(path + ": a real reviewer is configured but the page does not say when it was reviewed");
                }
            });
        }
        assertTrue(blocks > 20, "too few review blocks found: " + blocks);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        if (example) {
            for (Path page : site.pages()) {
                String html = site.parse(page).select("script[type=application/ld+json]").html();
                assertFalse(html.contains("reviewedBy"), site.sitePath(page) + ": structured data names an example reviewer");
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

    /**
     * For each value entry, the texts that would mean it was typed by hand in a page in `language`: a number with
     * that language's words for its unit, or a sentence in that language (value, or value_es for a page in Spanish).
     */
    private static Map<String, List<String>> protocolNeedles(Map<String, List<String>> units, String language) {
        String field = Messages.sameLanguage(language, siteLanguage()) ? "value" : "value_" + Messages.languageOf(language);
        Map<String, List<String>> needles = new LinkedHashMap<>();
        protocol.forEach((key, entry) -> {
            Object v = entry.get("value");
            if (v == null) {
                return;
            }
            String value = String.valueOf(v);
            String unit = unitOf(key);
            if (isBareNumber(value) && unit != null) {
                needles.put(key, units.get(unit).stream().map(u -> value + u).toList());
            } else if (entry.get(field) != null) {
                needles.put(key, List.of(String.valueOf(entry.get(field))));
            } else if (!value.matches(".*\\p{L}.*")) {
                needles.put(key, List.of(value)); // a value without letters is shown as it is in every language
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

    /** A number with a clinical unit (minutes, hours, mg, mg/kg, mg/h, mmHg, /min, beats), in each language. */
    static final ByLanguage<Pattern> QUANTITY = ByLanguage.<Pattern>rule("no article states an uncited clinical quantity",
            "a pattern of a number with that language's words for minutes, hours, mg, mg/kg, mg/h, mmHg, /min and beats"
                    + " to ClinicalContentTest.QUANTITY")
            .in("en", Pattern.compile(
                    "(?<![\\w.{])\\d+(?:\\.\\d+)?(?:\\s*(?:to|-|–|or)\\s*\\d+(?:\\.\\d+)?)?[\\s-]*(?:minutes?|mins?|hours?|h\\b|mg/kg(?:/h)?|mg/h|mg\\b|mmHg|/min|beats)",
                    Pattern.CASE_INSENSITIVE))
            .in("es", Pattern.compile(
                    "(?<![\\w.{])\\d+(?:[.,]\\d+)?(?:\\s*(?:a|-|–|o)\\s*\\d+(?:[.,]\\d+)?)?[\\s-]*(?:minutos?\\b|min\\b|horas?\\b|h\\b|mg/kg(?:/h)?|mg/h|mg\\b|mmHg|/min|latidos)",
                    Pattern.CASE_INSENSITIVE));

    /** Lines of one AsciiDoc file with a clinical quantity in a sentence that cites nothing; comments and reference entries skipped. */
    static List<String> uncitedQuantities(Path file, String text, Pattern quantity) {
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
                var m = quantity.matcher(sentence);
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

    /** A protocol list's items in one voice ("patients", "patients_es"), each value in it from `valueField` or `value`. */
    private List<String> itemTexts(String list, String voice, String valueField) {
        List<String> texts = new ArrayList<>();
        for (Object item : (List<?>) protocol.get(list).get("items")) {
            String text = String.valueOf(((Map<?, ?>) item).get(voice)).trim();
            for (Map.Entry<String, Map<String, Object>> e : protocol.entrySet()) {
                Object value = e.getValue().getOrDefault(valueField, e.getValue().get("value"));
                text = text.replace("{protocol_" + e.getKey() + "}", String.valueOf(value));
            }
            texts.add(text);
        }
        return texts;
    }

    /** A source's language: an article's lang field, else the site's (templates are in the site's language). */
    static String languageOf(Path file, String text) {
        String lang = file.toString().endsWith(".adoc") ? SourceFile.parse(file.toString(), text).value("lang") : "";
        return lang.isBlank() ? siteLanguage() : lang;
    }

    private static String siteLanguage() {
        try {
            return Messages.siteLanguage(BakedSite.project());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
