package clinic.site;

import static clinic.site.SecondLanguageIT.englishFragments;
import static clinic.site.SecondLanguageIT.readerText;
import static clinic.site.SecondLanguageIT.scrambled;
import static clinic.site.SecondLanguageIT.scrambledFile;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.junit.jupiter.api.parallel.ResourceLock;

import com.fasterxml.jackson.databind.ObjectMapper;

import clinic.site.model.Messages;
import clinic.site.model.SearchWords;
import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;
import clinic.site.support.SearchPage;
import clinic.site.support.SharedBrowser;
import clinic.site.support.StaticSite;

/**
 * One page in another language beside the site's (decision 0046): an English fixture site with a second messages
 * file (every message of en.properties with its words scrambled, as SecondLanguageIT makes it) and one article whose
 * header says lang=es-US. That page declares its language to browsers, screen readers and search engines, shows its
 * chrome, dates and Asciidoctor's labels in the second file's words and no English chrome; the English pages beside
 * it, built in the same bake, keep every English word, and the English section does not list it. It translates one
 * of them (translation_of), and the two link to each other. The clinic's protocol values are in its words too.
 */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class PageLanguageIT {

    static final String BODY = "Some plain text.\n\n== A section\n\nMore text.\n\nNOTE: A note.\n\n"
            + ".A table\n[cols=\"1,1\",options=\"header\"]\n|===\n|One |Two\n\n|a |b\n|===\n\n"
            + "Rest {protocol_rest_minutes} ({protocol_rest_minutes_as_hours}). {protocol_aftercare}\n\n"
            + "protocol::checks[voice=patients]\n";

    /** Protocol values: a number (the same in every language), a sentence and a list, each with its Spanish words. */
    static final String PROTOCOL = """
            rest_minutes:
              about: A time, the same in every language.
              value: "120"
            aftercare:
              about: A sentence in two languages.
              value: "An adult takes you home."
              value_es: "Un adulto le lleva a casa."
            checks:
              about: A list in two voices and two languages.
              items:
                - patients: We check your blood pressure.
                  physicians: Blood pressure every 10 minutes.
                  patients_es: Le tomamos la presion.
            """;

    @TempDir
    static Path dir;
    static FixtureSite.Result result;
    static Map<String, String> english;
    static Document spanish;
    static Document englishPage;

    @BeforeAll
    static void bake() throws IOException {
        english = Messages.of(BakedSite.project(), "en-US").all();
        result = new FixtureSite(dir).withMinimalHome()
                .write("patients/english/index.adoc", withBody(FixtureSite.article("An English article")))
                .write("es/pacientes/uno/index.adoc", withBody(FixtureSite.article("Un articulo", "lang=es-US",
                        "translation_of=/patients/english/", "reviewed=" + LocalDate.now().minusDays(20),
                        "description=Un articulo de prueba en otro idioma.")).replace("Some plain text.", "Texto sencillo sobre la depresión."))
                .write("patients/alone/index.adoc", FixtureSite.article("An article in one language"))
                .withProjectContent("search/index.adoc")
                .write("help-now/index.adoc", FixtureSite.article("Help now"))
                // Spanish without its country: the same language as es-US for every lookup (Messages.sameLanguage).
                .write("es/ayuda-ahora/index.adoc", FixtureSite.article("Ayuda ahora", "lang=es",
                        "translation_of=/help-now/", "description=Ayuda en una crisis."))
                .write("es/buscar/index.adoc", "title=Buscar\ndescription=Buscar en este sitio.\ntype=search\n"
                        + "lang=es-US\nstatus=published\n~~~~~~\nPruebe una palabra.\n")
                .writeFile(SearchWords.CRISIS, Files.readString(BakedSite.project().resolve(SearchWords.CRISIS)))
                .writeFile(Messages.FOLDER + "/es.properties", scrambledFile(english))
                .writeFile("data/clinic-protocol.yaml", PROTOCOL)
                .bake();
        spanish = Jsoup.parse(result.read("es/pacientes/uno/index.html"));
        englishPage = Jsoup.parse(result.read("patients/english/index.html"));
    }

    static String withBody(String article) {
        return article.replace("Some plain text.\n\n== A section\n\nMore text.\n", BODY);
    }

    @Test
    void the_site_bakes_with_a_page_in_another_language() {
        assertEquals(List.of(), result.errors());
    }

    /** <html lang> for screen readers and browsers; og:locale and schema.org's inLanguage for search and sharing. */
    @Test
    void the_page_declares_its_own_language_and_the_others_keep_the_sites() {
        assertEquals("es-US", spanish.selectFirst("html").attr("lang"));
        assertEquals("es_US", spanish.selectFirst("meta[property=og:locale]").attr("content"));
        assertTrue(spanish.selectFirst("script[type=application/ld+json]").data().contains("\"inLanguage\":\"es-US\""));
        assertEquals("en-US", englishPage.selectFirst("html").attr("lang"));
        assertEquals("en_US", englishPage.selectFirst("meta[property=og:locale]").attr("content"));
        assertTrue(englishPage.selectFirst("script[type=application/ld+json]").data().contains("\"inLanguage\":\"en-US\""));
        Document section = Jsoup.parse(result.read("patients/index.html"));
        assertEquals("en-US", section.selectFirst("html").attr("lang"));
        assertEquals(List.of("/patients/alone/", "/patients/english/"),
                section.select("main a[href^=/es/], main a[href^=/patients/]").eachAttr("href").stream().sorted().toList(),
                "the English section lists its English articles, not the page in es-US");
    }

    @Test
    void the_page_shows_no_english_chrome_and_the_english_pages_all_of_theirs() {
        String text = readerText(spanish);
        List<String> left = englishFragments(english).stream().filter(text::contains).toList();
        assertEquals(List.of(), left, "English chrome on the page in es-US");
        assertTrue(spanish.text().contains(scrambled(english.get("skip_link"))), "the skip link is not the page's");
        assertTrue(englishPage.text().contains(english.get("skip_link")), "the English page lost its skip link");
        assertFalse(englishPage.text().contains(scrambled(english.get("skip_link"))), "the second file leaked");
    }

    /**
     * A translation and its original name each other (translation_of): hreflang links in both heads (each listing
     * both versions, itself included, as search engines ask), and a link in the header to the other version, in that
     * version's language and words. A page in one language has neither.
     */
    @Test
    void a_translation_and_its_original_link_to_each_other() {
        List<String> both = List.of("en-US http://localhost:8820/patients/english/", "es-US http://localhost:8820/es/pacientes/uno/");
        for (Document page : List.of(englishPage, spanish)) {
            assertEquals(both, page.select("link[rel=alternate][hreflang]").stream()
                    .map(l -> l.attr("hreflang") + " " + l.attr("href")).toList());
        }
        assertEquals(List.of("/es/pacientes/uno/ es-US es-US " + scrambled("English")), languageLinks(englishPage));
        assertEquals(List.of("/patients/english/ en-US en-US English"), languageLinks(spanish));
        Document alone = Jsoup.parse(result.read("patients/alone/index.html"));
        assertEquals(List.of(), alone.select("link[rel=alternate][hreflang], .app-language-link").eachText());
    }

    /** The header's language link: where it leads, hreflang, lang and its words. */
    static List<String> languageLinks(Document page) {
        return page.select("header .app-language-link a").stream().map(a -> a.attr("href") + " " + a.attr("hreflang")
                + " " + a.attr("lang") + " " + a.text()).toList();
    }

    /** A translation reviewed before its original's last clinical review is named to editors in the preview. */
    @Test
    void an_older_translation_tells_the_editor_to_read_it_again() {
        assertEquals(List.of("/patients/english/"), spanish.select(".app-editor-note a").eachAttr("href"));
        assertEquals(List.of(), englishPage.select(".app-editor-note a").eachAttr("href"));
    }

    /**
     * The clinic's protocol values in the page's words (value_es; patients_es in a list; minutes in hours from its
     * messages), and a number as it is: a page in another language shows no English protocol sentence (ContentChecksIT).
     */
    @Test
    void protocol_values_and_lists_are_in_the_pages_language() {
        // 120 minutes in the page's words: duration.hours of its messages file (here en.properties scrambled).
        String hours = scrambled(english.get("duration.hours")).replace("{n}", "2");
        assertTrue(spanish.select("main p").eachText().contains("Rest 120 (" + hours + "). Un adulto le lleva a casa."),
                spanish.select("main p").eachText().toString());
        assertEquals(List.of("Le tomamos la presion."), spanish.select("main .app-protocol-list li").eachText());
        assertTrue(englishPage.select("main p").eachText().contains("Rest 120 (2 hours). An adult takes you home."));
        assertEquals(List.of("We check your blood pressure."), englishPage.select("main .app-protocol-list li").eachText());
    }

    /** Asciidoctor's labels and the review date, in the words of the page's language (PageLanguage, SiteModel). */
    @Test
    void labels_captions_and_dates_are_in_the_pages_language() {
        assertEquals(List.of(scrambled("Note")), spanish.select(".admonitionblock .title").eachText());
        assertEquals(scrambled("Table") + " 1. A table", spanish.selectFirst("table caption").text());
        assertEquals(List.of("Note"), englishPage.select(".admonitionblock .title").eachText());
        assertEquals("Table 1. A table", englishPage.selectFirst("table caption").text());
        LocalDate reviewed = LocalDate.now().minusDays(20); // the translation's reviewed date
        String inSpanish = reviewed.format(DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", Locale.forLanguageTag("es-US")));
        assertTrue(spanish.text().contains(inSpanish), "no '" + inSpanish + "' on the page in es-US");
        assertFalse(englishPage.text().contains(inSpanish));
    }

    /**
     * The search in the page's language (decision 0047): the Spanish search page loads the Spanish index, which holds
     * the Spanish pages only (and the site's index none of them); its A to Z lists them; every page's search form sends
     * its readers to the search page of its language; and the crisis phrases of every language are on both pages.
     */
    @Test
    void each_language_has_its_own_search() throws Exception {
        Document buscar = Jsoup.parse(result.read("es/buscar/index.html"));
        Document search = Jsoup.parse(result.read("search/index.html"));
        assertEquals("es-US", buscar.selectFirst("html").attr("lang"));
        assertEquals("/search-index.es.json", buscar.selectFirst(".app-search-results").attr("data-index"));
        assertEquals("/search-index.json", search.selectFirst(".app-search-results").attr("data-index"));
        assertEquals(List.of("/es/ayuda-ahora/", "/es/pacientes/uno/"), indexed("search-index.es.json"));
        assertEquals(List.of("/help-now/", "/patients/alone/", "/patients/english/", "/"), indexed("search-index.json")
                .stream().filter(u -> !u.equals("/patients/")).toList(), "the site's index holds no page in es-US");
        assertEquals(List.of("/es/ayuda-ahora/", "/es/pacientes/uno/"), buscar.select(".app-az__list a").eachAttr("href"));
        assertEquals(List.of("/es/ayuda-ahora/"), buscar.select(".app-az__urgent a").eachAttr("href"));
        assertFalse(search.select(".app-az__list a").eachAttr("href").contains("/es/pacientes/uno/"));
        assertEquals("/es/buscar/", spanish.selectFirst("header form[role=search]").attr("action"));
        assertEquals("/search/", englishPage.selectFirst("header form[role=search]").attr("action"));
        assertTrue(buscar.select("header form[role=search]").isEmpty(), "the search page has one search form");
        for (Document page : List.of(buscar, search)) {
            String phrases = page.selectFirst("#search-crisis").attr("data-phrases");
            assertTrue(phrases.contains("\"kill myself\"") && phrases.contains("\"quiero morir\""), phrases);
        }
    }

    /** The site paths an index lists, in its order. */
    static List<String> indexed(String file) throws Exception {
        List<String> urls = new ArrayList<>();
        new ObjectMapper().readTree(result.read(file)).get("pages").forEach(p -> urls.add(p.get("url").asText()));
        return urls;
    }

    /**
     * The Spanish search page in Chromium, with the real search.js: crisis words in Spanish bring the crisis answer at
     * once, in the page's words; a word typed without its accent finds the page that has it; an English title finds
     * nothing (the page searches the Spanish index), and the result count is in the page's words.
     */
    @Test
    @ExtendWith(SharedBrowser.class)
    void the_spanish_search_page_answers_in_spanish(Browser browser) throws Exception {
        try (StaticSite site = new StaticSite(result.output())) {
            browser.driver().get(site.url("/es/buscar/"));
            List<SearchPage.Outcome> shown = SearchPage.searchAllHere(browser.driver(),
                    List.of("quiero morir", "depresion", "English article"));
            assertTrue(shown.get(0).crisisAtOnce(), "no crisis answer for 'quiero morir'");
            assertTrue(shown.get(0).crisisText().contains(scrambled(english.get("search_crisis.heading"))),
                    shown.get(0).crisisText());
            assertEquals(List.of("/es/pacientes/uno/"), shown.get(1).links(), "'depresion' did not find 'depresión'");
            assertEquals(List.of(), shown.get(2).links(), "the Spanish search found an English page");
            assertFalse(shown.get(2).crisisAtOnce());
            String status = browser.driver().findElement(By.id("search-status")).getAttribute("textContent");
            assertTrue(status.startsWith(scrambled("No results for ")), "the count is not in the page's words: " + status);
        }
    }

    /** A reader in crisis on a page in another language is sent to Help now in that language (decisions 0046, 0047). */
    @Test
    void the_crisis_links_of_a_page_lead_to_help_now_in_its_language() {
        assertEquals(List.of("/es/ayuda-ahora/", "/es/ayuda-ahora/"),
                spanish.select(".app-crisis-line a[href*=/ayuda], .app-crisis-line a[href*=/help-now/],"
                        + " .app-footer__crisis a[href*=/ayuda], .app-footer__crisis a[href*=/help-now/]").eachAttr("href"));
        assertEquals(List.of("/help-now/", "/help-now/"),
                englishPage.select(".app-crisis-line a[href*=/help-now/], .app-footer__crisis a[href*=/help-now/]")
                        .eachAttr("href"));
    }
}
