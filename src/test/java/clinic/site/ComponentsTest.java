package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.content.ClinicFacts;
import clinic.site.model.Messages;
import clinic.site.support.BakedSite;
import clinic.site.support.SiteFolder;

/** Components of templates/lib/components.ftl that no other test names, each by its class (ComponentNamesTest). */
class ComponentsTest {

    @Test
    void the_logo_mark_is_decorative_on_every_page() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            for (Element mark : BakedSite.parse(page).select(".app-logo-mark")) {
                if (!mark.attr("aria-hidden").equals("true") || !mark.attr("focusable").equals("false")) {
                    problems.add(BakedSite.sitePath(page) + ": the logo mark is not hidden from assistive technology");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_header_carries_the_clinic_phone_and_the_crisis_line_on_every_page() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Element header = BakedSite.parse(page).selectFirst("header.app-header");
            if (header == null || header.select(".app-header__phone a[href^=tel:]").size() != 1
                    || header.select(".app-crisis-line a[href=tel:988]").size() != 1) {
                problems.add(BakedSite.sitePath(page) + ": the header lacks the clinic's phone link or the crisis line");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_header_gives_referrers_the_physician_line_and_everyone_else_the_clinic_phone() throws Exception {
        Properties facts = ClinicFacts.settings(BakedSite.project());
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.pages()) {
            String path = site.sitePath(page);
            // The header's words are the page's language's (decision 0046), whose messages file the bake requires.
            Messages messages = Messages.of(BakedSite.project(), site.languageOf(page));
            boolean physicians = path.startsWith("/physicians/");
            String expected = facts.getProperty(physicians ? "clinic.physician_line" : "clinic.phone");
            Element phone = BakedSite.parse(page).selectFirst("header.app-header .app-header__phone");
            Element link = phone == null ? null : phone.selectFirst("a[href^=tel:]");
            if (link == null || !link.text().equals(expected)
                    || !link.attr("href").equals("tel:" + expected.replaceAll("[^0-9+]", ""))
                    || !phone.text().equals(messages.plain(physicians ? "header.call_physicians" : "header.call",
                            Map.of("phone", expected)))) {
                problems.add(path + ": the header shows " + (phone == null ? "no phone" : "'" + phone.text() + "'")
                        + ", not " + (physicians ? "the physician line " : "the clinic phone ") + expected);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_contact_details_dial_the_clinic_phone() {
        Element details = BakedSite.parse(BakedSite.page("/")).selectFirst("footer .app-contact-details");
        assertTrue(details != null, "no contact details in the home page's footer");
        Element phone = details.selectFirst("a[href^=tel:]");
        assertTrue(phone != null, "the contact details have no phone link");
        assertEquals("tel:" + phone.text().replaceAll("[^0-9+]", ""), phone.attr("href"));
    }

    @Test
    void the_home_page_opens_with_its_heading_and_the_clinic_phone() {
        Document home = BakedSite.parse(BakedSite.page("/"));
        Element hero = home.selectFirst("main > .app-hero:first-child");
        assertTrue(hero != null, "the home page's main content does not open with its hero");
        assertEquals(home.select("h1").eachText(), hero.select("h1.app-hero__title").eachText(),
                "the hero holds the page's one h1");
        Element phone = hero.selectFirst(".app-hero__phone a[href^=tel:]");
        assertTrue(phone != null, "the hero has no phone link");
        assertEquals("tel:" + phone.text().replaceAll("[^0-9+]", ""), phone.attr("href"));
    }

    @Test
    void the_home_page_has_two_doors_to_the_two_audiences() {
        Document home = BakedSite.parse(BakedSite.page("/"));
        assertEquals(List.of("/patients/", "/physicians/"), home.select("a.app-door").eachAttr("href"));
        for (Element door : home.select("a.app-door")) {
            assertTrue(door.selectFirst(".app-door__heading") != null && !door.select(".app-door__text").text().isBlank(),
                    "a door needs its heading and its text: " + door);
        }
    }

    @Test
    void every_article_list_links_published_pages() {
        Document patients = BakedSite.parse(BakedSite.page("/patients/"));
        List<Element> links = patients.select(".app-article-list a.app-article-list__link");
        assertTrue(links.size() >= 5, "the patients' section lists only " + links.size() + " articles");
        for (Element a : links) {
            assertTrue(BakedSite.page(a.attr("href")) != null, a.attr("href") + " is not a page of the site");
        }
    }
}
