package clinic.site;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import clinic.site.support.ByLanguage;
import clinic.site.support.Readability;
import clinic.site.support.SiteFolder;
import clinic.site.support.SpanishReadability;

/**
 * The checks a patient page is held to, each in the page's own language (decision 0045, step 6a): readability, the
 * review block, the references, the care card and Help now's facts. Each takes the SiteFolder it judges, so
 * PatientArticlesTest and HelpNowTest run them over the real site and SpanishPatientPagesIT over a fixture baked by
 * the real engine. A page in a language a check has no version for fails it, saying what to add (ByLanguage).
 */
final class PatientPageChecks {

    /** US grade of the patient pages (Flesch-Kincaid). */
    static final double MAX_GRADE = 8.0;
    /** US grade of Help now, lower than the other pages' (issue 18). */
    static final double HELP_NOW_MAX_GRADE = 6.0;

    /** A page's prose scored by its language's formula, and whether the score is within that language's limit. */
    record Reading(String formula, double score, int words, boolean within, String limit) {

        /** One line of the test's output: the score, the words, the page. */
        String line(String page) {
            return String.format(Locale.ROOT, "%5.1f  %5d words  %s%s", score, words, page,
                    formula.equals(ENGLISH) ? "" : "  (" + formula + ")");
        }

        /** What is wrong with a page that is not within the limit. */
        String problem(String page) {
            return formula.equals(ENGLISH) ? String.format(Locale.ROOT, "%s is grade %.1f (%s)", page, score, limit)
                    : String.format(Locale.ROOT, "%s scores %.1f on %s (%s)", page, score, formula, limit);
        }
    }

    private static final String ENGLISH = "Flesch-Kincaid grade";

    /** The patient pages' readability: US grade 8 in English; the INFLESZ band "normal" or easier in Spanish. */
    static final ByLanguage<Function<Element, Reading>> READABILITY = readability("patient pages are easy to read",
            MAX_GRADE, SpanishReadability.NORMAL);

    /** Help now's: grade 6 in English; the INFLESZ band "bastante fácil" in Spanish (texts for primary education). */
    static final ByLanguage<Function<Element, Reading>> HELP_NOW_READABILITY = readability(
            "Help now is easier to read than the other patient pages", HELP_NOW_MAX_GRADE, SpanishReadability.FAIRLY_EASY);

    private static ByLanguage<Function<Element, Reading>> readability(String rule, double maxGrade, double minInflesz) {
        return ByLanguage.<Function<Element, Reading>>rule(rule,
                "a readability formula and its limit to PatientPageChecks.readability, from a source you have read")
                .in("en", prose -> {
                    Readability.Score s = Readability.of(prose);
                    return new Reading(ENGLISH, s.grade(), s.words(), s.grade() <= maxGrade, "at most " + maxGrade);
                })
                .in("es", prose -> {
                    SpanishReadability.Score s = SpanishReadability.of(prose);
                    return new Reading("INFLESZ", s.inflesz(), s.words(), s.inflesz() >= minInflesz,
                            String.format(Locale.ROOT, "at least %.0f", minInflesz));
                });
    }

    /**
     * The pages held to READABILITY: the patient section and every page under it (in the site's language), and every
     * patient article in another language, wherever its address is (/es/pacientes/…, /es/ayuda-ahora/).
     */
    static List<Path> readablePages(SiteFolder site) {
        return site.pages().stream().filter(p -> site.inSiteLanguage(p) ? site.sitePath(p).startsWith("/patients/")
                : site.parse(p).selectFirst("article.app-article--patients") != null).toList();
    }

    /** Scores each page by its language's version of `rule`; adds a line per page to `scores` and returns the problems. */
    static List<String> readabilityProblems(SiteFolder site, List<Path> pages,
            ByLanguage<Function<Element, Reading>> rule, List<String> scores) {
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            String path = site.sitePath(page);
            reading(site, page, rule, problems).ifPresent(reading -> {
                scores.add(reading.line(path));
                if (!reading.within()) {
                    problems.add(reading.problem(path));
                }
            });
        }
        return problems;
    }

    /** A page's prose scored by its language's version of `rule`, or nothing (and the problem) where it has none. */
    static Optional<Reading> reading(SiteFolder site, Path page, ByLanguage<Function<Element, Reading>> rule,
            List<String> problems) {
        return rule.forPage(site.sitePath(page), site.languageOf(page), problems)
                .map(score -> score.apply(prose(site.parse(page))));
    }

    /** What the editor wrote, to score: not the references list, the site chrome or the template's card. */
    static Element prose(Document doc) {
        Element prose = doc.selectFirst("main").clone();
        // Score what the reader reads: not the references list, the site chrome or the template's card. A section
        // page's list of articles counts: its titles and descriptions are that page's text (issue 14).
        prose.select(".bibliography, .app-review-dates, .app-related, .app-contents-list, .app-care-card").remove();
        prose.select("h2:matchesOwn(^References$)").remove();
        prose.select(".sect1:has(.bibliography) > h2").remove(); // the same heading in any language ("Referencias")
        prose.select("a[href^=#]").forEach(a -> {
            if (a.text().startsWith("[")) {
                a.remove(); // citation markers such as [Anand 2023]
            }
        });
        return prose;
    }

    /**
     * The words of the review block (messages review.*), as they show while a review is pending and after one;
     * reviewClaim is the words that say a clinician reviewed the page, which an example reviewer must never get.
     */
    record ReviewWords(String pending, String lastUpdated, String lastReviewed, String nextDue, String writtenBy,
            String reviewedBy, String reviewClaim) {
    }

    /** The review block's words in each language: en.properties' and es.properties' review.* messages. */
    static final ByLanguage<ReviewWords> REVIEW_WORDS = ByLanguage.<ReviewWords>rule(
            "the review block shows its dates, author and reviewer",
            "the review.* words of that language's messages file to PatientPageChecks.REVIEW_WORDS")
            .in("en", new ReviewWords("Clinical review pending", "Last updated", "Page last reviewed", "Next review due",
                    "Written by", "reviewed by", "Clinically reviewed by"))
            .in("es", new ReviewWords("Revisión clínica pendiente", "Última actualización", "Última revisión de la página",
                    "Próxima revisión", "Escrito por", "Revisión clínica de", "Revisión clínica de"));

    /** The review block names its two dates, its author and (once there is one) its reviewer, in the page's words. */
    static List<String> reviewBlockProblems(SiteFolder site, Path page) {
        List<String> problems = new ArrayList<>();
        String path = site.sitePath(page);
        Element review = site.parse(page).selectFirst(".app-review-dates");
        if (review == null) {
            problems.add(path + ": no review block");
            return problems;
        }
        REVIEW_WORDS.forPage(path, site.languageOf(page), problems).ifPresent(words -> {
            String text = review.text();
            // While the reviewer is an example, the block says the review is pending (ClinicalContentTest checks
            // that it never claims one); otherwise it names the reviewer and the review date.
            boolean pending = text.contains(words.pending());
            if (review.select("time[datetime~=^\\d{4}-\\d{2}-\\d{2}$]").size() != 2
                    || !text.contains(pending ? words.lastUpdated() : words.lastReviewed()) || !text.contains(words.nextDue())) {
                problems.add(path + ": review block lacks the two dated lines: " + text);
            }
            if (!text.contains(words.writtenBy()) || !(pending || text.contains(words.reviewedBy()))) {
                problems.add(path + ": review block lacks author or reviewer: " + text);
            }
        });
        return problems;
    }

    /** The addresses a reference may link to: a DOI, PubMed, or an official publisher of labels and law. */
    static final String REFERENCE_LINKS = "a[href^=https://doi.org/], a[href^=https://pubmed.ncbi.nlm.nih.gov/], "
            + "a[href^=https://pmc.ncbi.nlm.nih.gov/], a[href^=https://www.govinfo.gov/], a[href^=https://dailymed.nlm.nih.gov/], "
            + "a[href^=https://medlineplus.gov/], a[href^=https://www.fda.gov/], a[href^=https://www.accessdata.fda.gov/], "
            + "a[href^=https://jnj.com/], a[href^=https://www.jnj.com/], a[href^=https://www.janssenlabels.com/]";

    /** A page with evidence claims lists its references, each with a DOI, PubMed or official link, and cites only them. */
    static List<String> referenceProblems(SiteFolder site, Path page) {
        List<String> problems = new ArrayList<>();
        String path = site.sitePath(page);
        Document doc = site.parse(page);
        var entries = doc.select(".bibliography li");
        if (entries.isEmpty()) {
            problems.add(path + ": no references section");
        }
        for (Element li : entries) {
            if (li.select(REFERENCE_LINKS).isEmpty()) {
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
        return problems;
    }

    /** The care card's line that the clinic is no emergency service (message care_card.note), in each language. */
    static final ByLanguage<String> NOT_AN_EMERGENCY_SERVICE = ByLanguage.<String>rule(
            "the care card says the clinic is not an emergency service",
            "the start of that language's care_card.note message to PatientPageChecks.NOT_AN_EMERGENCY_SERVICE")
            .in("en", "We are not an emergency service")
            .in("es", "No somos un servicio de emergencias");

    /** A page where a crisis can come up has the care card, with 988, 911 and the not-an-emergency-service line. */
    static List<String> careCardProblems(SiteFolder site, Path page) {
        List<String> problems = new ArrayList<>();
        String path = site.sitePath(page);
        Element card = site.parse(page).selectFirst(".app-care-card");
        if (card == null) {
            problems.add(path + ": no care card");
            return problems;
        }
        NOT_AN_EMERGENCY_SERVICE.forPage(path, site.languageOf(page), problems).ifPresent(line -> {
            if (card.select("a[href=tel:988]").isEmpty() || card.select("a[href=tel:911]").isEmpty() || !card.text().contains(line)) {
                problems.add(path + ": care card lacks 988, 911 or the not-an-emergency-service line");
            }
        });
        return problems;
    }

    /** What Help now must give, in a language: the links it must have and the facts its text must state. */
    record HelpNowFacts(List<String> links, List<String> phrases) {
    }

    /**
     * Help now's crisis facts. English: 988 (press 1 for veterans, text 838255, AYUDA for Spanish), 911, Poison Help,
     * the Lifeline's site, and that the clinic is no emergency service. No Spanish version yet: which facts a Spanish
     * Help now must state (988 then 2, AYUDA) is the bilingual clinician's review to settle (decisions 0045, 0047).
     */
    static final ByLanguage<HelpNowFacts> HELP_NOW_FACTS = ByLanguage.<HelpNowFacts>rule("Help now gives the crisis facts",
            "the links and phrases a Help now page in that language must have to PatientPageChecks.HELP_NOW_FACTS,"
                    + " as a bilingual clinician's review of that page words them")
            .in("en", new HelpNowFacts(List.of("tel:988", "tel:911", "tel:18002221222", "https://988lifeline.org/"),
                    List.of("press 1", "838255", "AYUDA", "not an emergency service", "someone else")));

    /** Help now (or a translation of it) gives its language's crisis facts, cites them and shows its review dates. */
    static List<String> helpNowFactProblems(SiteFolder site, Path page) {
        List<String> problems = new ArrayList<>();
        String path = site.sitePath(page);
        Document doc = site.parse(page);
        HELP_NOW_FACTS.forPage(path, site.languageOf(page), problems).ifPresent(facts -> {
            for (String href : facts.links()) {
                if (doc.select("main a[href=" + href + "]").isEmpty()) {
                    problems.add(path + ": no link to " + href);
                }
            }
            String text = doc.selectFirst("main").text().toLowerCase(Locale.ROOT);
            for (String fact : facts.phrases()) {
                if (!text.contains(fact.toLowerCase(Locale.ROOT))) {
                    problems.add(path + ": the page does not say: " + fact);
                }
            }
        });
        var entries = doc.select(".bibliography li");
        if (entries.size() < 2) {
            problems.add(path + ": too few references: " + entries.size());
        }
        for (Element li : entries) {
            if (li.select("a[href^=https://]").isEmpty()) {
                problems.add(path + ": a reference without an https link: " + li.text());
            }
        }
        if (doc.selectFirst(".app-review-dates") == null) {
            problems.add(path + ": no review dates: Help now is reviewed like any health page");
        }
        return problems;
    }

    private PatientPageChecks() {
    }
}
