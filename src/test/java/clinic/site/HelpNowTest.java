package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

/**
 * The Help now page (issue 18): urgent help for suicidal thoughts, self-harm and overdose, at grade 6 or below,
 * cited, reachable from every page's crisis route, and first in the search page's A–Z.
 */
class HelpNowTest {

    static final String PATH = "/help-now/";
    static final double MAX_GRADE = 6.0;

    @Test
    void help_now_reads_at_grade_6_or_below() {
        Readability.Score s = Readability.of(PatientArticlesTest.prose(page()));
        System.out.println(String.format(Locale.ROOT, "Help now: grade %.1f, %d words", s.grade(), s.words()));
        assertTrue(s.words() > 150, "the Help now page has only " + s.words() + " words: is it scored?");
        assertTrue(s.grade() <= MAX_GRADE, String.format(Locale.ROOT, "%s is grade %.1f (limit %.0f)", PATH, s.grade(), MAX_GRADE));
    }

    @Test
    void help_now_gives_988_911_and_poison_help_and_cites_them() {
        Document doc = page();
        for (String href : List.of("tel:988", "tel:911", "tel:18002221222", "https://988lifeline.org/")) {
            assertFalse(doc.select("main a[href=" + href + "]").isEmpty(), "no link to " + href);
        }
        String text = doc.selectFirst("main").text();
        for (String fact : List.of("press 1", "838255", "AYUDA", "not an emergency service", "someone else")) {
            assertTrue(text.toLowerCase(Locale.ROOT).contains(fact.toLowerCase(Locale.ROOT)), "the page does not say: " + fact);
        }
        var entries = doc.select(".bibliography li");
        assertTrue(entries.size() >= 2, "too few references: " + entries.size());
        for (Element li : entries) {
            assertFalse(li.select("a[href^=https://]").isEmpty(), "a reference without an https link: " + li.text());
        }
        assertNotNull(doc.selectFirst(".app-review-dates"), "no review dates: Help now is reviewed like any health page");
    }

    @Test
    void every_page_links_to_help_now_from_its_crisis_line() {
        List<String> missing = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            if (BakedSite.parse(page).select(".app-footer__crisis a[href=" + PATH + "]").isEmpty()) {
                missing.add(BakedSite.sitePath(page));
            }
        }
        assertTrue(missing.isEmpty(), "pages whose crisis line does not link to " + PATH + ":\n" + String.join("\n", missing));
        Element card = BakedSite.parse(BakedSite.page("/patients/conditions/depression/")).selectFirst(".app-care-card");
        assertNotNull(card.selectFirst("a[href=" + PATH + "]"), "the care card does not link to " + PATH);
    }

    /** A frightened reader already on Help now is not sent to it again by the header's crisis line or the care card. */
    @Test
    void help_now_does_not_link_to_itself_from_the_crisis_line_or_its_card() {
        Document help = page();
        assertNotNull(help.selectFirst(".app-care-card"), "Help now has no care card to check");
        assertEquals(List.of(), help.select(".app-crisis-line a[href=" + PATH + "], .app-care-card a[href=" + PATH + "]").eachText());
        assertNotNull(BakedSite.parse(BakedSite.page("/patients/")).selectFirst(".app-crisis-line a[href=" + PATH + "]"),
                "other pages' crisis line links to " + PATH);
    }

    @Test
    void help_now_is_first_in_the_a_to_z() {
        Element az = BakedSite.parse(BakedSite.page("/search/")).selectFirst(".app-az");
        Element first = az.selectFirst("a[href^=/]"); // the letters link to #az-…
        assertEquals(PATH, first.attr("href"), "the first topic of the A-Z is " + first);
    }

    private static Document page() {
        return BakedSite.parse(BakedSite.page(PATH));
    }
}
