package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.ObjectMapper;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.SharedBrowser;
import clinic.site.support.Nginx;
import clinic.site.support.SearchPage;

/**
 * Crisis language on the search page (issue 18), in headless Chromium behind nginx: every phrase of
 * data/crisis-terms.yaml, and a held-back set that is not in that list, shows the crisis answer (988 call, text and
 * chat, 911, Help now) above the results, in an alert region, without the search library or the index; ordinary
 * searches do not.
 */
@ExtendWith(SharedBrowser.class)
class SearchCrisisIT {

    /** What people in crisis may type that the list does not hold word for word: sentences, capitals, word forms, typos. */
    static final List<String> HELD_BACK = List.of(
            "I want to kill myself", "thinking about suicide tonight", "Suicidal thoughts", "Self-harm thoughts", "i have been cutting again",
            "I overdosed on my pills", "took too many of my sleeping pills", "my friend took an overdose", "sucidal", "suicdal",
            "overdoze", "emergancy", "I don't want to live anymore", "I keep wanting to die.", "i can't go on", "self injury",
            "selfharming", "suicde thoughts", "just end it all", "everyone would be better off dead", "who do I call in a crisis",
            "is this an emergency?",
            // Spanish (phrases_es): accents are ignored, and "suicid*" and "emergenc*" match Spanish word forms too.
            "unalive myself", "i want to end it", "no point in living anymore", "how much ketamine is fatal",
            "what is a lethal dose of ketamine", "I feel so hopeless", "necesito ayuda",
            "quiero suicidarme", "pienso en el suicidio", "Me quiero morir ya", "tomé demasiadas pastillas", "tomó una sobredósis",
            "quiero hacerme daño", "Autolesiones", "no quiero vivir más", "es una emergencia");

    /** What patients ask every day: no crisis answer. */
    static final List<String> ORDINARY = List.of(
            "side effects", "cost", "pain", "how long does it last", "dose", "is ketamine safe", "can I drive home", "insurance",
            "depression", "pregnant", "blood pressure", "nerve pain", "low mood", "will it hurt", "referral", "infusion",
            "efectos secundarios", "costo", "dolor", "depresión", "embarazo", "presión arterial", "¿cuánto dura?",
            "¿puedo manejar a casa?", "dosis", "pastillas para dormir", "pago", "seguro médico", "dieting", "deadline");

    static Browser browser;

    @BeforeAll
    static void open(Browser shared) {
        browser = shared;
        browser.viewport(375, 900);
    }

    @Test
    void every_listed_phrase_shows_the_crisis_answer_above_the_results() throws IOException {
        List<String> phrases = phrases();
        List<SearchPage.Outcome> shown = SearchPage.searchAll(browser.driver(),
                phrases.stream().map(phrase -> phrase.replaceFirst("\\*$", "")).toList());
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < phrases.size(); i++) {
            if (!shown.get(i).crisisAtOnce()) {
                missed.add(phrases.get(i));
            }
        }
        assertTrue(missed.isEmpty(), "listed phrases that did not show the crisis answer: " + missed);
    }

    @Test
    void held_back_phrases_show_the_crisis_answer() throws IOException {
        List<String> listed = phrases().stream().map(SearchCrisisIT::normalize).toList();
        for (String phrase : HELD_BACK) {
            assertFalse(listed.contains(normalize(phrase)), "held-back phrase is in data/crisis-terms.yaml: " + phrase);
        }
        List<String> missed = SearchPage.searchAll(browser.driver(), HELD_BACK).stream()
                .filter(shown -> !shown.crisisAtOnce()).map(SearchPage.Outcome::query).toList();
        assertTrue(missed.isEmpty(), "held-back phrases that did not show the crisis answer: " + missed);
    }

    @Test
    void ordinary_searches_do_not_show_the_crisis_answer() {
        // Read once the results are announced, so an answer that came late would be seen too.
        List<String> shown = SearchPage.searchAll(browser.driver(), ORDINARY).stream()
                .filter(outcome -> outcome.crisisAtOnce() || !outcome.crisisText().isBlank()).map(SearchPage.Outcome::query).toList();
        assertTrue(shown.isEmpty(), "ordinary searches that showed the crisis answer: " + shown);
    }

    @Test
    void the_answer_gives_988_911_and_help_now_above_every_result_in_an_alert_region() {
        SearchPage.search(browser.driver(), "suicidal");
        WebElement region = crisisRegion();
        assertEquals("alert", region.getAttribute("role"), "the crisis answer is not in an alert region");
        for (String href : List.of("tel:988", "sms:988", "https://988lifeline.org/", "tel:911", "/help-now/")) {
            assertFalse(region.findElements(By.cssSelector("a[href='" + href + "']")).isEmpty(), "the crisis answer has no link " + href);
        }
        List<WebElement> results = browser.driver().findElements(By.cssSelector("#search-results > li"));
        assertFalse(results.isEmpty(), "no results under the crisis answer");
        assertTrue(region.getRect().getY() + region.getRect().getHeight() <= results.get(0).getRect().getY(),
                "the crisis answer is not above the first result");
        assertTrue(region.getText().contains("988") && region.getText().contains("911"), region.getText());

        WebElement field = browser.driver().findElement(By.id("search-q"));
        field.clear();
        field.sendKeys("cost");
        SearchPage.waitForStatus(browser.driver(), "cost");
        assertTrue(crisisRegion().getText().isBlank(), "the crisis answer stayed for an ordinary search");
    }

    @Test
    void the_answer_needs_neither_the_search_library_nor_the_index() {
        var driver = browser.driver();
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/vendor/*", "*/search-index.json")));
        try {
            SearchPage.type(driver, "kill myself");
            assertTrue(answerShown(), "no crisis answer while the library and the index cannot load");
            SearchPage.waitFor(driver, () -> driver.findElement(By.id("search-status")).getText().startsWith("Search could not load"));
        } finally {
            driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        }
    }

    @Test
    void the_header_form_brings_the_crisis_answer_at_once() {
        browser.driver().get(Nginx.get().url("/search/?q=want+to+die"));
        assertTrue(answerShown(), "no crisis answer for ?q=want to die");
    }

    @Test
    void the_page_carries_exactly_the_listed_phrases() throws Exception {
        Element region = BakedSite.parse(BakedSite.page("/search/")).selectFirst("#search-crisis");
        assertNotNull(region, "no crisis region on the search page");
        assertTrue(region.text().isBlank(), "the crisis region is not empty before a search");
        List<String> carried = new ArrayList<>();
        new ObjectMapper().readTree(region.attr("data-phrases")).forEach(p -> carried.add(p.asText()));
        assertEquals(phrases(), carried, "the search page and data/crisis-terms.yaml differ");
    }

    // --- Helpers ---------------------------------------------------------------------------------------------------

    static WebElement crisisRegion() {
        return browser.driver().findElement(By.id("search-crisis"));
    }

    /** True once the crisis answer appears; it must come without waiting for the index, so the wait is short. */
    static boolean answerShown() {
        try {
            SearchPage.waitFor(browser.driver(), () -> !crisisRegion().findElements(By.cssSelector(".app-search-crisis__answer")).isEmpty());
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    static String normalize(String phrase) {
        String folded = Normalizer.normalize(phrase.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return folded.replaceAll("['’‘*]", "").replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
    }

    /** Every language's phrases (phrases, then phrases_es and the like by name), as every search page carries them. */
    @SuppressWarnings("unchecked")
    static List<String> phrases() throws IOException {
        try (Reader in = Files.newBufferedReader(BakedSite.project().resolve("data/crisis-terms.yaml"), StandardCharsets.UTF_8)) {
            Map<String, Object> yaml = new Yaml().load(in);
            List<String> all = new ArrayList<>();
            yaml.keySet().stream().filter(key -> key.equals("phrases") || key.startsWith("phrases_"))
                    .sorted().forEach(key -> ((List<Object>) yaml.get(key)).forEach(p -> {
                        if (!all.contains(String.valueOf(p))) {
                            all.add(String.valueOf(p));
                        }
                    }));
            return all;
        }
    }
}
