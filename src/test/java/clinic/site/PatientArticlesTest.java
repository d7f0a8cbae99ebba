package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;
import clinic.site.support.Readability;

/** The patient library: every article readable at US grade 8 or below, dated, reviewed, referenced. */
class PatientArticlesTest {

    static final double MAX_GRADE = 8.0;

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

    @Test
    void every_patient_page_reads_at_grade_8_or_below() {
        List<String> report = new ArrayList<>();
        List<String> over = new ArrayList<>();
        for (Path page : patientPages()) {
            Readability.Score s = Readability.of(prose(BakedSite.parse(page)));
            report.add(String.format(Locale.ROOT, "%5.1f  %5d words  %s", s.grade(), s.words(), BakedSite.sitePath(page)));
            if (s.grade() > MAX_GRADE) {
                over.add(BakedSite.sitePath(page) + " is grade " + String.format(Locale.ROOT, "%.1f", s.grade()));
            }
        }
        System.out.println("Flesch-Kincaid grade of patient pages (limit " + MAX_GRADE + "):\n" + String.join("\n", report));
        assertTrue(report.size() >= REQUIRED.size(), "too few patient pages scored: " + report.size());
        assertTrue(over.isEmpty(), "patient pages above grade " + MAX_GRADE + ":\n" + String.join("\n", over));
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

    @Test
    void every_patient_article_shows_its_review_dates_author_and_reviewer() {
        List<String> problems = new ArrayList<>();
        for (String path : REQUIRED) {
            Element review = BakedSite.parse(BakedSite.page(path)).selectFirst(".app-review-dates");
            if (review == null) {
                problems.add(path + ": no review block");
                continue;
            }
            // While the reviewer is an example, the block says the review is pending (ClinicalContentTest checks
            // that it never claims one); otherwise it names the reviewer and the review date.
            boolean pending = review.text().contains("Clinical review pending");
            if (review.select("time[datetime~=^\\d{4}-\\d{2}-\\d{2}$]").size() != 2
                    || !review.text().contains(pending ? "Last updated" : "Page last reviewed") || !review.text().contains("Next review due")) {
                problems.add(path + ": review block lacks the two dated lines: " + review.text());
            }
            if (!review.text().contains("Written by") || !(pending || review.text().contains("reviewed by"))) {
                problems.add(path + ": review block lacks author or reviewer: " + review.text());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_patient_article_with_evidence_claims_has_doi_or_pubmed_references() {
        List<String> problems = new ArrayList<>();
        for (String path : REQUIRED) {
            if (GLOSSARY_AND_PAGES_WITHOUT_EVIDENCE.contains(path)) {
                continue;
            }
            Document doc = BakedSite.parse(BakedSite.page(path));
            var entries = doc.select(".bibliography li");
            if (entries.isEmpty()) {
                problems.add(path + ": no references section");
            }
            for (Element li : entries) {
                if (li.select("a[href^=https://doi.org/], a[href^=https://pubmed.ncbi.nlm.nih.gov/], a[href^=https://pmc.ncbi.nlm.nih.gov/], a[href^=https://www.govinfo.gov/], a[href^=https://dailymed.nlm.nih.gov/], a[href^=https://medlineplus.gov/], a[href^=https://www.fda.gov/], a[href^=https://www.accessdata.fda.gov/], a[href^=https://jnj.com/], a[href^=https://www.jnj.com/], a[href^=https://www.janssenlabels.com/]").isEmpty()) {
                    problems.add(path + ": reference without a DOI, PubMed or official link: " + li.text());
                }
            }
            // Every citation in the text points at an entry of the list.
            for (Element cite : doc.select(".app-prose a[href^=#]")) {
                String id = cite.attr("href").substring(1);
                if (cite.text().startsWith("[") && doc.select(".bibliography a[id=" + id + "]").isEmpty()) {
                    problems.add(path + ": citation " + cite.text() + " has no reference entry");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void pages_where_a_crisis_can_come_up_carry_the_care_card() {
        List<String> problems = new ArrayList<>();
        for (String path : NEED_CARE_CARD) {
            Element card = BakedSite.parse(BakedSite.page(path)).selectFirst(".app-care-card");
            if (card == null) {
                problems.add(path + ": no care card");
            } else if (card.select("a[href=tel:988]").isEmpty() || card.select("a[href=tel:911]").isEmpty()
                    || !card.text().contains("We are not an emergency service")) {
                problems.add(path + ": care card lacks 988, 911 or the not-an-emergency-service line");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_care_card_says_its_urgency_in_words_for_screen_readers() {
        Element card = BakedSite.parse(BakedSite.page("/patients/conditions/depression/")).selectFirst(".app-care-card h2");
        assertEquals("Urgent advice: When to get help now", card.text());
    }

    /** What the editor wrote, to score: not the references list, the site chrome or the template's card. */
    static Element prose(Document doc) {
        Element prose = doc.selectFirst("main").clone();
        // Score what the reader reads: not the references list, the site chrome or the template's card. A section
        // page's list of articles counts: its titles and descriptions are that page's text (issue 14).
        prose.select(".bibliography, .app-review-dates, .app-related, .app-contents-list, .app-care-card").remove();
        prose.select("h2:matchesOwn(^References$)").remove();
        prose.select("a[href^=#]").forEach(a -> {
            if (a.text().startsWith("[")) {
                a.remove(); // citation markers such as [Anand 2023]
            }
        });
        return prose;
    }

    private static List<Path> patientPages() {
        return BakedSite.pages().stream().filter(p -> BakedSite.sitePath(p).startsWith("/patients/")).toList();
    }
}
