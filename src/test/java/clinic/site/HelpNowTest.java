package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.model.Messages;
import clinic.site.support.BakedSite;
import clinic.site.support.SiteFolder;

/**
 * The Help now page (issue 18): urgent help for suicidal thoughts, self-harm and overdose, at grade 6 or below,
 * cited, reachable from every page's crisis route, and first in the search page's A–Z. Its translations are held to
 * the same checks in their own language's words (PatientPageChecks), and each page's crisis links lead to Help now in
 * the page's language (decision 0047).
 */
class HelpNowTest {

    static final String PATH = "/help-now/";
    static final double MAX_GRADE = PatientPageChecks.HELP_NOW_MAX_GRADE;

    /** Help now reads at grade 6 or below; a translation, at its language's stricter limit (INFLESZ 65 in Spanish). */
    @Test
    void help_now_reads_at_grade_6_or_below() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.withTranslations(PATH)) {
            String path = site.sitePath(page);
            PatientPageChecks.reading(site, page, PatientPageChecks.HELP_NOW_READABILITY, problems).ifPresent(r -> {
                System.out.println(String.format(Locale.ROOT, "Help now: %s %.1f, %d words, %s", r.formula(), r.score(),
                        r.words(), path));
                assertTrue(r.words() > 150, path + " has only " + r.words() + " words: is it scored?");
                if (!r.within()) {
                    problems.add(r.problem(path));
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void help_now_gives_988_911_and_poison_help_and_cites_them() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.withTranslations(PATH)) {
            problems.addAll(PatientPageChecks.helpNowFactProblems(site, page));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_page_links_to_help_now_from_its_crisis_line() {
        SiteFolder site = BakedSite.folder();
        List<String> missing = new ArrayList<>();
        for (Path page : site.pages()) {
            String helpNow = helpNowFor(site, page);
            if (site.parse(page).select(".app-footer__crisis a[href=" + helpNow + "]").isEmpty()) {
                missing.add(site.sitePath(page) + " (to " + helpNow + ")");
            }
        }
        assertTrue(missing.isEmpty(), "pages whose crisis line does not link to Help now in their language:\n" + String.join("\n", missing));
        Element card = BakedSite.parse(BakedSite.page("/patients/conditions/depression/")).selectFirst(".app-care-card");
        assertNotNull(card.selectFirst("a[href=" + PATH + "]"), "the care card does not link to " + PATH);
    }

    /** A frightened reader already on Help now is not sent to it again by the header's crisis line or the care card. */
    @Test
    void help_now_does_not_link_to_itself_from_the_crisis_line_or_its_card() {
        SiteFolder site = BakedSite.folder();
        for (Path page : site.withTranslations(PATH)) {
            Document help = site.parse(page);
            String self = site.sitePath(page);
            assertNotNull(help.selectFirst(".app-care-card"), self + " has no care card to check");
            assertEquals(List.of(), help.select(".app-crisis-line a[href=" + self + "], .app-care-card a[href=" + self + "]").eachText(), self);
        }
        assertNotNull(BakedSite.parse(BakedSite.page("/patients/")).selectFirst(".app-crisis-line a[href=" + PATH + "]"),
                "other pages' crisis line links to " + PATH);
    }

    /** Help now is the first topic of the A to Z of each search page: the site's, and one in each other language. */
    @Test
    void help_now_is_first_in_the_a_to_z() {
        SiteFolder site = BakedSite.folder();
        List<Path> searchPages = site.pages().stream().filter(p -> site.parse(p).selectFirst(".app-az") != null).toList();
        assertTrue(searchPages.contains(site.page("/search/")), "no A to Z on /search/");
        for (Path page : searchPages) {
            Element first = site.parse(page).selectFirst(".app-az").selectFirst("a[href^=/]"); // the letters link to #az-…
            assertEquals(helpNowFor(site, page), first.attr("href"), site.sitePath(page) + ": the first topic of the A-Z is " + first);
        }
    }

    /**
     * Help now in a page's language: /help-now/ for a page in the site's language, else its translation into the page's
     * language, or /help-now/ where there is none (as SiteModel.inLanguage links it; SiteRules refuses to publish a page
     * in a language that has no Help now).
     */
    static String helpNowFor(SiteFolder site, Path page) {
        if (site.inSiteLanguage(page)) {
            return PATH;
        }
        String lang = site.languageOf(page);
        return site.translationsOf(PATH).stream().filter(p -> Messages.sameLanguage(site.languageOf(p), lang))
                .map(site::sitePath).findFirst().orElse(PATH);
    }
}
