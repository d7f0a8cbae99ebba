package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;
import clinic.site.support.ByLanguage;
import clinic.site.support.SiteFolder;
import clinic.site.support.SpanishReadability;

/**
 * The patient library: every article readable (US grade 8 or below in English; INFLESZ 55 or above in Spanish),
 * dated, reviewed, referenced. The checks themselves are PatientPageChecks', which SpanishPatientPagesIT also runs over
 * a fixture with pages in Spanish; a translation is held to its original's checks, in its own language's words.
 */
class PatientArticlesTest {

    static final double MAX_GRADE = PatientPageChecks.MAX_GRADE;

    /** The articles a patient must be able to find (issue 3's minimum). */
    static final List<String> REQUIRED = List.of(
            "/patients/what-is-ketamine/", "/patients/how-ketamine-works/", "/patients/before-your-infusion/",
            "/patients/during-your-infusion/", "/patients/after-your-infusion/", "/patients/side-effects-and-safety/",
            "/patients/conditions/depression/", "/patients/conditions/ptsd/", "/patients/conditions/chronic-pain/",
            "/patients/conditions/anxiety/", "/patients/other-treatment-options/", "/patients/questions/",
            "/patients/is-ketamine-right-for-me/", "/patients/costs-and-insurance/", "/patients/glossary/");

    /** Pages on which suicidal thoughts or a crisis come up, so the "When to get help now" card must be there. */
    static final List<String> NEED_CARE_CARD = List.of(
            "/patients/what-is-ketamine/", "/patients/after-your-infusion/", "/patients/side-effects-and-safety/",
            "/patients/conditions/depression/", "/patients/conditions/ptsd/", "/patients/conditions/chronic-pain/",
            "/patients/conditions/anxiety/", "/patients/other-treatment-options/", "/patients/questions/",
            "/patients/is-ketamine-right-for-me/");

    static final List<String> GLOSSARY_AND_PAGES_WITHOUT_EVIDENCE = List.of("/patients/glossary/");

    /**
     * Every patient page is easy to read by its language's formula and limit (PatientPageChecks.READABILITY): US grade
     * 8 in English, INFLESZ 55 in Spanish. A page in a language with no formula yet fails, saying what to add.
     */
    @Test
    void every_patient_page_is_within_its_languages_readability_limit() {
        SiteFolder site = BakedSite.folder();
        List<String> report = new ArrayList<>();
        List<String> over = PatientPageChecks.readabilityProblems(site, PatientPageChecks.readablePages(site),
                PatientPageChecks.READABILITY, report);
        System.out.println("Flesch-Kincaid grade of patient pages (limit " + MAX_GRADE + "; INFLESZ of pages in Spanish,"
                + " at least " + SpanishReadability.NORMAL + "):\n" + String.join("\n", report));
        assertTrue(report.size() >= REQUIRED.size(), "too few patient pages scored: " + report.size());
        assertTrue(over.isEmpty(), "patient pages over their language's readability limit:\n" + String.join("\n", over));
    }

    @Test
    void every_required_article_exists_and_is_linked_from_the_patient_section() {
        Document section = BakedSite.parse(BakedSite.page("/patients/"));
        List<String> problems = new ArrayList<>();
        for (String path : REQUIRED) {
            if (!BakedSite.page(path).toFile().isFile()) {
                problems.add(path + " does not exist");
            } else if (section.select("main a[href=" + path + "]").isEmpty()) {
                problems.add(path + " is not linked from /patients/");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Each required article, and each translation of one, shows its review block in its language's words. */
    @Test
    void every_patient_article_shows_its_review_dates_author_and_reviewer() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : heldLike(site, REQUIRED)) {
            problems.addAll(PatientPageChecks.reviewBlockProblems(site, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_patient_article_with_evidence_claims_has_doi_or_pubmed_references() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        List<String> withEvidence = REQUIRED.stream().filter(p -> !GLOSSARY_AND_PAGES_WITHOUT_EVIDENCE.contains(p)).toList();
        for (Path page : heldLike(site, withEvidence)) {
            problems.addAll(PatientPageChecks.referenceProblems(site, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void pages_where_a_crisis_can_come_up_carry_the_care_card() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : heldLike(site, NEED_CARE_CARD)) {
            problems.addAll(PatientPageChecks.careCardProblems(site, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The card's heading says its urgency in words for screen readers (message care_card.urgent), in each language. */
    static final ByLanguage<String> URGENT_CARD_HEADING = ByLanguage.<String>rule(
            "the care card says its urgency to screen readers",
            "that language's care_card.urgent and care_card.heading messages, as one line, to PatientArticlesTest.URGENT_CARD_HEADING")
            .in("en", "Urgent advice: When to get help now")
            .in("es", "Aviso urgente: Cuándo pedir ayuda ya");

    @Test
    void the_care_card_says_its_urgency_in_words_for_screen_readers() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : heldLike(site, List.of("/patients/conditions/depression/"))) {
            String path = site.sitePath(page);
            Element heading = site.parse(page).selectFirst(".app-care-card h2");
            URGENT_CARD_HEADING.forPage(path, site.languageOf(page), problems).ifPresent(words -> {
                if (heading == null || !heading.text().equals(words)) {
                    problems.add(path + ": the care card's heading is " + (heading == null ? "missing" : "'" + heading.text() + "'")
                            + ", not '" + words + "'");
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The pages held to the checks of the pages at `paths`: each of those pages, and each translation of one
     * (translation_of), which is held to its original's checks in its own language's words.
     */
    static List<Path> heldLike(SiteFolder site, List<String> paths) {
        List<Path> pages = new ArrayList<>();
        for (String path : paths) {
            pages.add(site.page(path));
            pages.addAll(site.translationsOf(path));
        }
        return pages;
    }
}
