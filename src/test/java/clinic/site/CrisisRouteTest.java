package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.content.ContentModel;
import clinic.site.support.BakedSite;
import clinic.site.support.ByLanguage;
import clinic.site.support.SiteFolder;

/**
 * A crisis route on every page without pushing the text down (issue 17): the compact crisis line in every header,
 * and the full "When to get help now" card on exactly the patient pages that discuss suicide, self-harm or a crisis.
 * The front-matter field care_card=true decides where the card goes (docs/content-model.md); this test holds that field
 * to the page's own words, in the page's language. A page's crisis line links Help now in its language (decision 0047).
 */
class CrisisRouteTest {

    /**
     * Words that mean a page discusses suicide, self-harm or a crisis, in each language. No Spanish words yet: which
     * Spanish words mean that a page needs the card is for a clinician who reads Spanish to settle, as for the search's
     * crisis phrases (decision 0047), so a patient article in Spanish fails until they are added.
     */
    static final ByLanguage<Pattern> CRISIS_WORDS = ByLanguage.<Pattern>rule(
            "a patient article has the care card exactly when it discusses suicide, self-harm or a crisis",
            "a pattern of the words that mean a page discusses suicide, self-harm or a crisis, checked by a clinician"
                    + " who reads the language, to CrisisRouteTest.CRISIS_WORDS")
            .in("en", Pattern.compile("(?i)suicid|self-harm|harm(ing)? yourself|hurt(ing)? yourself|ending your life|\\bcrisis\\b"));

    @Test
    void every_page_has_the_compact_crisis_line_in_its_header() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.pages()) {
            Element line = site.parse(page).selectFirst("header .app-crisis-line");
            String path = site.sitePath(page);
            String helpNow = HelpNowTest.helpNowFor(site, page); // Help now in the page's language (decision 0047)
            boolean helpPage = Files.exists(site.page(helpNow));
            if (line == null) {
                problems.add(path + ": no crisis line in the header");
            } else if (line.select("a[href=tel:988]").isEmpty() || line.select("a[href=tel:911]").isEmpty()) {
                problems.add(path + ": the crisis line lacks 988 or 911: " + line.text());
            } else if ((helpPage && !path.equals(helpNow)) != !line.select("a[href=" + helpNow + "]").isEmpty()) {
                problems.add(path + ": the crisis line should link " + helpNow + " exactly when that page is published, but"
                        + " not from itself: " + line.text());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_full_care_card_is_on_exactly_the_patient_articles_that_discuss_suicide_self_harm_or_a_crisis() {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        int withCard = 0;
        for (Path page : site.pages()) {
            withCard += site.parse(page).selectFirst("article.app-article--patients .app-care-card") != null ? 1 : 0;
            problems.addAll(careCardWordProblems(site, page));
        }
        assertTrue(withCard >= 10, "expected the patient pages' care cards, found " + withCard);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * A patient article has the care card exactly when its own words (not the card's, nor its references) discuss
     * suicide, self-harm or a crisis, by the words of its language (CRISIS_WORDS). Other pages: nothing to check.
     */
    static List<String> careCardWordProblems(SiteFolder site, Path page) {
        List<String> problems = new ArrayList<>();
        Document doc = site.parse(page);
        Element prose = doc.selectFirst("article.app-article--patients .app-prose");
        if (prose == null) {
            return problems;
        }
        String path = site.sitePath(page);
        boolean card = doc.selectFirst("article.app-article--patients .app-care-card") != null;
        CRISIS_WORDS.forPage(path, site.languageOf(page), problems).ifPresent(words -> {
            Element text = prose.clone();
            text.select(".app-care-card, .bibliography").remove();
            boolean discusses = words.matcher(text.text()).find();
            if (discusses && !card) {
                problems.add(path + ": discusses suicide, self-harm or a crisis but has no care card: add care_card=true to its front matter");
            } else if (!discusses && card) {
                problems.add(path + ": has a care card but never discusses suicide, self-harm or a crisis: remove care_card=true");
            }
        });
        return problems;
    }

    /**
     * The care card follows a page's introduction, so the page's own first sentence is on a phone's first screen; but
     * on Help now (care_card=actions, clinical review S12, CRI-1) the card with the big Call, Text and Chat buttons is
     * what the reader came for, and it comes right under the summary, before anything else.
     */
    @Test
    void the_care_card_follows_the_introduction_never_before_the_first_paragraph() {
        List<String> problems = new ArrayList<>();
        List<String> withButtons = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            Element card = doc.selectFirst(".app-care-card");
            if (card != null && card.selectFirst(".app-crisis-actions") != null) {
                // Help now, or Help now in another language (its hreflang alternates name /help-now/: decision 0046)
                boolean helpNow = BakedSite.sitePath(page).equals(ContentModel.HELP_NOW)
                        || !doc.select("link[rel=alternate][hreflang][href$=" + ContentModel.HELP_NOW + "]").isEmpty();
                withButtons.add(helpNow ? ContentModel.HELP_NOW : BakedSite.sitePath(page));
                Element before = card.previousElementSibling();
                if (before == null || !before.hasClass("app-lead")
                        || card.select(".app-crisis-actions a[href=tel:988], .app-crisis-actions a[href=sms:988]").size() != 2) {
                    problems.add(BakedSite.sitePath(page) + ": the care card with the crisis buttons is not right under"
                            + " the summary, or lacks Call 988 and Text 988");
                }
            } else if (card != null) {
                Element prose = card.closest(".app-prose");
                Element firstParagraph = prose == null ? null : prose.selectFirst("p");
                if (firstParagraph == null || card.equals(firstParagraph.closest(".app-care-card"))) {
                    problems.add(BakedSite.sitePath(page) + ": the care card comes before the page's own text");
                }
            }
        }
        assertEquals(List.of(ContentModel.HELP_NOW), withButtons.stream().distinct().toList(),
                "expected the crisis buttons at the top of Help now (and its translations) only");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
