package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.support.BakedSite;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

/**
 * Every mistake an editor can make stops the bake with one line per problem, "file:line: message", naming the file at
 * fault and what to do. One fixture site holds one broken file per rule and is baked once by the build's engine: the
 * validation rules refuse it before anything is rendered (figures and their data too: clinic.site.figures reports them
 * while Asciidoctor converts the page). A second fixture holds what editors are told without failing the bake.
 */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class ContentChecksIT {

    @TempDir
    static Path dir;
    @TempDir
    static Path renderDir;
    static FixtureSite.Result result;
    static FixtureSite.Result rendered;

    @BeforeAll
    static void bakeBrokenSites() throws Exception {
        result = new FixtureSite(dir)
                .withMinimalHome()
                .write("patients/good/index.adoc", article("A good article"))
                .write("patients/missing-field/index.adoc", article("Missing field", "reviewer="))
                .write("patients/bad-date/index.adoc", article("Bad date", "reviewed=24/11/2026"))
                .write("patients/impossible-date/index.adoc", article("Impossible date", "next_review=2027-02-30"))
                .write("patients/review-order/index.adoc", article("Review order", "reviewed=2026-11-01", "next_review=2026-01-01"))
                .write("patients/overdue/index.adoc", article("Overdue", "reviewed=2024-01-01", "next_review=2025-01-01"))
                .write("patients/bad-audience/index.adoc", article("Bad audience", "audience=patient"))
                .write("patients/bad-group/index.adoc", article("Bad group", "group=treatments"))
                .write("patients/bad-type/index.adoc", article("Bad type", "type=artcle"))
                .write("patients/bad-status/index.adoc", article("Bad status", "status=publish"))
                .write("patients/no-status/index.adoc", article("No status", "status="))
                .write("patients/no-type/index.adoc", article("No type", "type="))
                .write("patients/empty-title/index.adoc", article("Empty title").replace("title=Empty title", "title="))
                .write("patients/unknown-field/index.adoc", article("Unknown field", "care_crad=true"))
                .write("patients/no-separator/index.adoc", article("No separator").replace("~~~~~~\n", ""))
                .write("patients/empty/index.adoc", "")
                .write("patients/long-description/index.adoc", article("Long description", "description=" + "Too long. ".repeat(20)))
                .write("patients/bad-next/index.adoc", article("Bad next", "next=/patients/nowhere/"))
                .write("patients/links-here/index.adoc", article("Links here", "related=/patients/bad-type/"))
                .write("patients/body-errors/index.adoc", article("Body errors") + """

                        See <<nosuch>> and link:/patients/missing-page/[a missing page].

                        include::missing-part.adoc[]

                        image::/images/no-such-picture.png[A nurse at work]

                        image::/favicon.svg[]

                        Call us on {clinic_phne}.
                        """)
                .write("patients/outside/index.adoc", article("Outside") + """

                        include::/etc/hostname[]

                        include::../../../../x[]
                        """)
                .write("patients/raw-html/index.adoc", article("Raw HTML") + """

                        ++++
                        <p onclick="steal()">Hello</p><script>alert(1)</script>
                        ++++
                        """)
                .write("patients/broken-header/index.adoc", "title: Broken header\ntype=article\n~~~~~~\nText.\n")
                .write("patients/stray.jpg", "not really a picture")
                .write("patients/notes.txt", "notes an editor left behind")
                .write("dup.adoc", "title=Dup one\ndescription=x\ntype=page\nstatus=published\n~~~~~~\nOne.\n")
                .write("dup.asciidoc", "title=Dup two\ndescription=x\ntype=page\nstatus=published\n~~~~~~\nTwo.\n")
                .write("patients/moved/index.adoc", article("Moved", "redirect_from=/patients/"))
                .writeFile("data/published-urls.yaml", "- /\n- /patients/\n- /patients/gone/\n")
                .write("patients/unknown-figure/index.adoc", article("Unknown figure") + "\nfigure::no-such-picture[]\n")
                .write("patients/unknown-language/index.adoc", article("Unknown language", "lang=fr-FR"))
                .write("patients/lost-original/index.adoc", article("Lost original", "lang=es-US", "translation_of=/patients/nowhere/"))
                .write("patients/spanish-figure/index.adoc", article("Spanish figure", "lang=es-US") + "\nfigure::infusion-timeline[]\n")
                .write("patients/spanish-protocol/index.adoc", article("Spanish protocol", "lang=es-US")
                        + "\nUn texto {protocol_escort}.\n\nDescanse {protocol_rest_minutes_as_hours}.\n\nprotocol::checks[voice=patients]\n")
                .writeFile("data/clinic-protocol.yaml", """
                        escort:
                          about: A sentence in English only.
                          value: "An adult takes you home."
                        rest_minutes:
                          about: A time.
                          value: "120"
                        checks:
                          about: A list in English only.
                          items:
                            - patients: We check your blood pressure.
                              physicians: Blood pressure every 10 minutes.
                        """)
                .writeFile("templates/messages/es.properties", Files.readString(BakedSite.project().resolve("templates/messages/en.properties")))
                .write("patients/evidence-data/index.adoc", article("Evidence data") + "\nfigure::evidence-table[]\n")
                .writeFile("data/evidence.yaml", """
                        patient_summary: broken2020
                        trials:
                          - group: Depression
                            study: Broken 2020
                            cite: broken2020
                            design: RCT
                            dose: 1 mg
                            outcome: "{response} shown"
                        """)
                .bake();
        System.out.println("Problems an editor sees for the broken fixture site:\n" + result.allErrors());
        rendered = new FixtureSite(renderDir)
                .withMinimalHome()
                .write("patients/good/index.adoc", article("A good article"))
                .write("patients/due-soon/index.adoc", article("Due soon", "next_review=" + LocalDate.now().plusDays(5)))
                .bake();
        System.out.println("Problems an editor sees for the fixture site that bakes:\n" + rendered.allErrors());
    }

    static void shows(String file, String message) {
        assertTrue(result.shows(file, message),
                "expected a line '" + file + ":N: ...' with: " + message + "\n--- problems were ---\n" + result.allErrors());
    }

    static void showsLine(String line) {
        assertTrue(result.errors().contains(line), "expected the line: " + line + "\n--- problems were ---\n" + result.allErrors());
    }

    @Test
    void a_data_file_that_is_not_yaml_stops_the_bake_with_the_editors_line_not_javas(@TempDir Path broken) throws Exception {
        // JBake loads data/ before it converts a page; a file it cannot parse used to stop the bake inside JBake, with
        // the exception's class and the file's absolute path.
        FixtureSite.Result refused = new FixtureSite(broken).withMinimalHome()
                .write("patients/good/index.adoc", article("A good article"))
                .writeFile("data/evidence.yaml", "trials:\n  - outcome: Severe hypertension: 17 patients\n")
                .bake();
        assertEquals(List.of("data/evidence.yaml:2: this is not valid YAML (mapping values are not allowed here). Check"
                + " the indentation and put text with a colon in \"quotes\"."), refused.errors(), refused.allErrors());
    }

    @Test
    void a_missing_required_field_is_named_with_the_line_to_add() {
        showsLine("content/patients/missing-field/index.adoc:11: field 'reviewer' is missing. Add a line"
                + " reviewer=medical_director (or a name and role) above the ~~~~~~ line.");
    }

    @Test
    void a_malformed_or_impossible_date_is_refused() {
        shows("content/patients/bad-date/index.adoc", "field 'reviewed' is '24/11/2026', which is not a date in the form yyyy-MM-dd");
        shows("content/patients/impossible-date/index.adoc", "field 'next_review' is '2027-02-30', which is not a real date");
    }

    @Test
    void a_next_review_before_the_last_review_is_refused() {
        shows("content/patients/review-order/index.adoc", "field 'next_review' (2026-01-01) must be after 'reviewed' (2026-11-01)");
    }

    @Test
    void an_overdue_review_stops_the_bake() {
        shows("content/patients/overdue/index.adoc", "the review was due on 2025-01-01. Ask the clinical reviewer");
    }

    @Test
    void a_review_falling_due_soon_is_shown_to_editors_without_failing() {
        assertTrue(!result.allErrors().contains("patients/due-soon") && !rendered.allErrors().contains("patients/due-soon"),
                "a review due in 5 days must not fail the bake");
        assertTrue(rendered.read("patients/due-soon/index.html").contains("clinical review is due in"), "no due-soon warning on the page");
        assertTrue(!rendered.read("patients/good/index.html").contains("clinical review is due in"), "warning on a page not due soon");
    }

    @Test
    void unknown_audience_group_type_and_status_are_refused() {
        shows("content/patients/bad-audience/index.adoc", "field 'audience' is 'patient'; use one of: patients, physicians");
        shows("content/patients/bad-group/index.adoc", "field 'group' is 'treatments'; for audience patients use one of: understanding, treatment, conditions, deciding");
        showsLine("content/patients/bad-type/index.adoc:3: field 'type' is 'artcle': did you mean 'article'? Use one of:"
                + " article, page, section, post, home, news, search.");
        shows("content/patients/bad-status/index.adoc", "field 'status' is 'publish'; use published or draft");
    }

    @Test
    void a_file_with_no_status_or_no_type_is_an_error_not_a_hidden_draft() {
        shows("content/patients/no-status/index.adoc", "field 'status' is missing. Add a line status=published");
        shows("content/patients/no-type/index.adoc", "field 'type' is missing. Add a line type=article");
        assertTrue(!Files.exists(result.output().resolve("patients/no-status/index-draft.html")), "became a silent draft");
    }

    @Test
    void an_empty_field_is_empty_and_an_unknown_field_is_named_with_the_closest_known_one() {
        showsLine("content/patients/empty-title/index.adoc:1: field 'title' is empty. Write a plain-text title after 'title='.");
        showsLine("content/patients/unknown-field/index.adoc:12: unknown field 'care_crad': did you mean 'care_card'?");
    }

    @Test
    void a_missing_separator_and_an_empty_file_say_exactly_that() {
        showsLine("content/patients/no-separator/index.adoc:12: the line ~~~~~~ that ends the header is missing. Put a"
                + " line of six tildes (~~~~~~) after the last key=value line (line 11), before the text.");
        showsLine("content/patients/empty/index.adoc:1: the file is empty. Start from docs/starter-article.adoc (copy it"
                + " here and fill in the fields), or remove the file.");
    }

    @Test
    void a_too_long_description_is_refused_with_its_length() {
        shows("content/patients/long-description/index.adoc", "field 'description' is 199 characters long; the limit is 160");
    }

    @Test
    void a_next_link_to_nothing_is_refused() { // links and cross references in the text: BodyRulesTest, exactly
        shows("content/patients/bad-next/index.adoc", "links to /patients/nowhere/, which is not a published page");
    }

    @Test
    void a_page_that_would_be_skipped_is_itself_named_not_only_the_pages_linking_to_it() {
        shows("content/patients/bad-type/index.adoc", "field 'type' is 'artcle'");
        shows("content/patients/links-here/index.adoc", "field 'related' links to /patients/bad-type/");
    }

    @Test
    void an_unresolved_include_is_refused() {
        shows("content/patients/body-errors/index.adoc", "'include::missing-part.adoc[]' could not be included");
    }

    @Test
    void an_include_from_outside_content_is_refused_and_never_published() {
        showsLine("content/patients/outside/index.adoc:19: 'include::/etc/hostname[]' is refused: a page may include"
                + " only files under content/ (shared parts go in content/_partials/).");
        showsLine("content/patients/outside/index.adoc:21: 'include::../../../../x[]' is refused: a page may include"
                + " only files under content/ (shared parts go in content/_partials/).");
        assertFalse(Files.exists(result.output().resolve("patients/outside/index.html")), "the page was written");
    }

    @Test
    void raw_html_with_a_script_or_an_event_handler_is_refused() {
        shows("content/patients/raw-html/index.adoc", "a <script> in the page's HTML is refused");
        shows("content/patients/raw-html/index.adoc", "the event handler onclick= in the page's HTML is refused");
    }

    @Test
    void an_undefined_attribute_is_refused_with_the_closest_known_one() {
        shows("content/patients/body-errors/index.adoc", "{clinic_phne} is not a value the site knows, so it would be"
                + " printed as it is: did you mean 'clinic_phone'?");
        // Asciidoctor reports it (attribute-missing=warn); the line is the page's own, header counted.
        showsLine("content/patients/body-errors/index.adoc:27: {clinic_phne} is not a value the site knows, so it would be"
                + " printed as it is: did you mean 'clinic_phone'? The clinic's values are in jbake.properties (clinic.x is"
                + " {clinic_x}) and data/clinic-protocol.yaml ({protocol_x}).");
    }

    @Test
    void a_missing_image_and_an_image_without_alt_text_are_refused() {
        shows("content/patients/body-errors/index.adoc", "image /images/no-such-picture.png is missing: put the file at assets/images/no-such-picture.png");
        shows("content/patients/body-errors/index.adoc", "image /favicon.svg has no alt text");
    }

    @Test
    void no_file_in_content_is_skipped_in_silence() {
        showsLine("content/patients/broken-header/index.adoc:1: 'title: Broken header' is not a field: every line above"
                + " ~~~~~~ must be name=value, such as title=What to expect on the day.");
        shows("content/patients/stray.jpg", "cannot be published from content/: pictures go in assets/images/");
        shows("content/patients/notes.txt", "cannot be published from content/: only .adoc pages live here");
    }

    @Test
    void two_files_claiming_one_url_are_refused() {
        showsLine("content/dup.asciidoc:1: content/dup.adoc and content/dup.asciidoc both make the page /dup.html; only"
                + " one can be published. Rename or remove one.");
    }

    @Test
    void a_published_url_that_disappears_without_a_redirect_is_refused() {
        showsLine("data/published-urls.yaml:3: /patients/gone/ was published before and is now gone. If the page moved,"
                + " add redirect_from=/patients/gone/ to the page that replaces it.");
    }

    @Test
    void an_old_url_may_not_hide_a_live_page() {
        shows("content/patients/moved/index.adoc", "lists /patients/ in redirect_from, but /patients/ is a published page");
    }

    @Test
    void an_unknown_figure_is_named_with_the_known_ones() {
        assertTrue(result.errors().contains("content/patients/unknown-figure/index.adoc:19: figure 'no-such-picture' does"
                + " not exist. Known figures: infusion-timeline, ketamine-mechanism, evidence-response-chart, evidence-table,"
                + " evidence-patient-summary. Check the name in figure::no-such-picture[]."), result.allErrors());
    }

    /**
     * A page in another language (decision 0046): the language must have words, figures are not drawn in it, and a
     * protocol value or list without words in it is named, never shown in English.
     */
    @Test
    void a_page_language_without_words_or_with_a_figure_is_named() {
        shows("content/patients/unknown-language/index.adoc", "field 'lang' is 'fr-FR', but"
                + " templates/messages/fr.properties does not exist");
        shows("content/patients/lost-original/index.adoc", "field 'translation_of' links to /patients/nowhere/");
        shows("content/patients/spanish-protocol/index.adoc", "{protocol_escort} has no words in es-US, so this page"
                + " cannot show it. Add value_es: \"...\" to entry 'escort' in data/clinic-protocol.yaml (a bilingual"
                + " clinician writes or checks it), or leave it out of this page.");
        // A number of minutes in words is in the page's own words (duration.* of es.properties): no problem to name.
        assertFalse(result.allErrors().contains("protocol_rest_minutes_as_hours"), result.allErrors());
        shows("content/patients/spanish-protocol/index.adoc", "protocol::checks[voice=patients] has no words in es-US:"
                + " add 'patients_es:' to each item of checks in data/clinic-protocol.yaml");
        assertTrue(result.errors().contains("content/patients/spanish-figure/index.adoc:20: figure::infusion-timeline[]"
                + " cannot be drawn on a page in es-US: its data under data/ is written in the site's language only."
                + " Remove the figure, or describe it in the page's own words."), result.allErrors());
    }

    @Test
    void a_broken_evidence_data_file_names_the_trial_the_field_and_the_fix() {
        // The mistakes are in data/evidence.yaml, which is named with the line; the page that shows the trial is named
        // where it matters (the reference list it lacks).
        for (String line : new String[] {"data/evidence.yaml:3: trial 1 (Broken 2020): field 'n' is missing. Add it (the"
                + " rules are at the top of the file).", "data/evidence.yaml:5: trial 1 (Broken 2020): cite 'broken2020' is"
                + " not in the reference list of content/patients/evidence-data/index.adoc, which shows this trial. Add"
                + " [[[broken2020,...]]] under References there.", "data/evidence.yaml:8: trial 1 (Broken 2020): the"
                + " outcome has {response} but the trial has no 'response:' numbers. Add them, or write the rates in words."}) {
            assertTrue(result.errors().contains(line), line + "\n" + result.allErrors());
        }
    }

    @Test
    void a_refused_site_is_not_built_at_all_and_the_good_pages_are_not_blamed() {
        assertFalse(Files.exists(result.output().resolve("patients/good/index.html")), "a page of a refused site was written");
        assertEquals(false, result.allErrors().contains("patients/good/"), "the good article was reported");
        assertTrue(rendered.read("patients/good/index.html").contains("A good article"));
        assertEquals(false, rendered.allErrors().contains("patients/good/"), "the good article was reported");
    }

    @Test
    void every_problem_is_one_line_naming_its_file() {
        for (String line : result.errors()) {
            assertTrue(line.matches("(content|data)/[^ :]+(:\\d+)?: [^\n]+"), "not a 'file:line: message' line: " + line);
        }
    }
}
