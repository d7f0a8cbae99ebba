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

import clinic.site.support.BakedSite;

/**
 * A crisis route on every page without pushing the text down (issue 17): the compact crisis line in every header,
 * and the full "When to get help now" card on exactly the patient pages that discuss suicide, self-harm or a crisis.
 * The front-matter field care_card=true decides where the card goes (docs/content-model.md); this test holds that field
 * to the page's own words.
 */
class CrisisRouteTest {

    /** Words that mean a page discusses suicide, self-harm or a crisis. */
    static final Pattern CRISIS_WORDS = Pattern.compile(
            "(?i)suicid|self-harm|harm(ing)? yourself|hurt(ing)? yourself|ending your life|\\bcrisis\\b");

    @Test
    void every_page_has_the_compact_crisis_line_in_its_header() {
        boolean helpPage = Files.exists(BakedSite.page("/help-now/"));
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Element line = BakedSite.parse(page).selectFirst("header .app-crisis-line");
            String path = BakedSite.sitePath(page);
            if (line == null) {
                problems.add(path + ": no crisis line in the header");
            } else if (line.select("a[href=tel:988]").isEmpty() || line.select("a[href=tel:911]").isEmpty()) {
                problems.add(path + ": the crisis line lacks 988 or 911: " + line.text());
            } else if ((helpPage && !path.equals("/help-now/")) != !line.select("a[href=/help-now/]").isEmpty()) {
                problems.add(path + ": the crisis line should link /help-now/ exactly when that page is published, but"
                        + " not from itself: " + line.text());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_full_care_card_is_on_exactly_the_patient_articles_that_discuss_suicide_self_harm_or_a_crisis() {
        List<String> problems = new ArrayList<>();
        int withCard = 0;
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            Element prose = doc.selectFirst("article.app-article--patients .app-prose");
            if (prose == null) {
                continue;
            }
            boolean card = doc.selectFirst("article.app-article--patients .app-care-card") != null;
            withCard += card ? 1 : 0;
            Element text = prose.clone();
            text.select(".app-care-card, .bibliography").remove();
            boolean discusses = CRISIS_WORDS.matcher(text.text()).find();
            String path = BakedSite.sitePath(page);
            if (discusses && !card) {
                problems.add(path + ": discusses suicide, self-harm or a crisis but has no care card: add care_card=true to its front matter");
            } else if (!discusses && card) {
                problems.add(path + ": has a care card but never discusses suicide, self-harm or a crisis: remove care_card=true");
            }
        }
        assertTrue(withCard >= 10, "expected the patient pages' care cards, found " + withCard);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /**
     * The care card follows a page's introduction, so the page's own first sentence is on a phone's first screen; but
     * on Help now (care_card=actions, clinical review S12, CRI-1) the card with the big Call, Text and Chat buttons is
     * what the reader came for, and it comes right under the summary, before anything else.
     */
    @Test
    void the_care_card_follows_the_introduction_never_before_the_first_paragraph() {
        List<String> problems = new ArrayList<>();
        int withButtons = 0;
        for (Path page : BakedSite.pages()) {
            Element card = BakedSite.parse(page).selectFirst(".app-care-card");
            if (card != null && card.selectFirst(".app-crisis-actions") != null) {
                withButtons++;
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
        assertEquals(1, withButtons, "expected the crisis buttons at the top of Help now only");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
