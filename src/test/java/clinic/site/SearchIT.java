package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.w3c.dom.NodeList;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import clinic.site.model.Messages;
import clinic.site.output.SearchIndex;
import clinic.site.report.PageWeight;
import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;
import clinic.site.support.Nginx;
import clinic.site.support.SearchPage;
import clinic.site.support.SharedBrowser;
import clinic.site.support.SiteFolder;

/**
 * Site search (issue 7): the index the bake writes from published pages, and the search page in real Chromium behind
 * nginx with the production CSP: ranking, patient words, highlighting, the live region, the keyboard, the header form,
 * loading on demand, and the A–Z list that works without JavaScript.
 */
@ExtendWith(SharedBrowser.class)
@Order(5) // the fifth longest class: started first on a worker (LongestAtBothEnds)
class SearchIT {

    static final String DRAFT_WORD = "quokkaxylophone";
    static final String PUBLISHED_WORD = "marmosetharpsichord";
    static final String HOSTILE_TITLE = "Published \"page\" <script>alert('x')</script> \\ & more";

    static Browser browser;

    @TempDir
    static Path fixtureDir;

    @BeforeAll
    static void open(Browser shared) {
        browser = shared;
        browser.viewport(1280, 900);
    }

    // --- Ranking and patient words, in the browser -----------------------------------------------------------------

    @Test
    void side_effects_ranks_the_side_effects_article_first() {
        assertEquals("/patients/side-effects-and-safety/", first(search("side effects")));
    }

    @Test
    void cost_finds_the_costs_page() {
        assertEquals("/patients/costs-and-insurance/", first(search("cost")));
    }

    @Test
    void spravato_finds_the_esketamine_content() {
        List<String> found = search("spravato");
        assertTrue(found.size() >= 3, "spravato found " + found);
        for (String url : found.subList(0, 3)) {
            String text = BakedSite.parse(BakedSite.page(url)).selectFirst("main").text().toLowerCase(Locale.ROOT);
            assertTrue(text.contains("esketamine"), url + " is a top result for spravato but never mentions esketamine");
        }
    }

    @Test
    void crps_finds_the_chronic_pain_article() {
        assertEquals("/patients/conditions/chronic-pain/", first(search("crps")));
    }

    @Test
    void patient_words_reach_the_clinical_pages() {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("sad", "/patients/conditions/depression/");
        expected.put("flashbacks", "/patients/conditions/ptsd/");
        expected.put("price", "/patients/costs-and-insurance/");
        expected.put("nerve pain", "/patients/conditions/chronic-pain/");
        for (SearchPage.Outcome shown : searchAll(List.copyOf(expected.keySet()))) {
            assertEquals(expected.get(shown.query()), first(shown), "\"" + shown.query() + "\" ranks first");
        }
    }

    @Test
    void a_typo_still_finds_the_page() {
        assertEquals("/patients/side-effects-and-safety/", first(search("side efects")));
    }

    // --- What a result shows -------------------------------------------------------------------------------------

    @Test
    void a_result_shows_title_section_and_a_snippet_with_the_match_highlighted() {
        search("side effects");
        WebElement result = browser.driver().findElement(By.cssSelector("#search-results > li"));
        assertEquals("Side effects and safety", result.findElement(By.cssSelector("a")).getText());
        assertEquals("For patients", result.findElement(By.cssSelector(".app-search-results__section")).getText());
        List<WebElement> marks = result.findElements(By.cssSelector(".app-search-results__snippet mark"));
        assertFalse(marks.isEmpty(), "no <mark> in the snippet: " + result.getText());
        assertTrue(marks.stream().allMatch(m -> m.getText().toLowerCase(Locale.ROOT).matches("(side|effects?)")),
                "marks that are not the reader's words: " + marks.stream().map(WebElement::getText).toList());
    }

    @Test
    void a_patient_word_highlights_the_clinical_term_it_stands_for() {
        search("spravato");
        List<String> marks = browser.driver().findElements(By.cssSelector("#search-results .app-search-results__snippet mark"))
                .stream().map(m -> m.getText().toLowerCase(Locale.ROOT)).distinct().toList();
        assertTrue(marks.contains("esketamine") || marks.contains("spravato"), "marks: " + marks);
    }

    @Test
    void physician_results_say_they_are_for_physicians() {
        search("referral");
        List<String> sections = browser.driver().findElements(By.cssSelector("#search-results .app-search-results__section"))
                .stream().map(WebElement::getText).toList();
        assertTrue(sections.contains("For physicians"), "sections: " + sections);
    }

    @Test
    void patient_words_rank_patient_pages_first() {
        for (SearchPage.Outcome shown : searchAll(List.of("how long does it last", "pregnant", "suicidal", "blood pressure", "ketamine", "evidence"))) {
            String top = first(shown);
            assertFalse(top.startsWith("/physicians/"), "\"" + shown.query() + "\" ranks a physicians' page first: " + top);
        }
    }

    @Test
    void clinical_words_rank_physician_pages_first() {
        List<SearchPage.Outcome> shown = searchAll(List.of("referral", "contraindication", "protocol", "MADRS", "CADSS", "do I need a referral"));
        for (SearchPage.Outcome clinical : shown.subList(0, 5)) {
            String top = first(clinical);
            assertTrue(top.startsWith("/physicians/"), "\"" + clinical.query() + "\" ranks a page that is not for physicians first: " + top);
        }
        // A patient asking about their own referral is a patient.
        assertFalse(first(shown.get(5)).startsWith("/physicians/"), "a patient's referral question went to physicians");
    }

    @Test
    void every_result_says_who_it_is_for() {
        search("ketamine");
        List<WebElement> results = browser.driver().findElements(By.cssSelector("#search-results > li"));
        assertFalse(results.isEmpty(), "no results");
        for (WebElement result : results) {
            String url = URI.create(result.findElement(By.cssSelector("a")).getAttribute("href")).getPath();
            String label = result.findElement(By.cssSelector(".app-search-results__section")).getText();
            String expected = url.startsWith("/physicians/") ? "For physicians"
                    : url.startsWith("/patients/") || url.equals("/help-now/") ? "For patients"
                    : url.startsWith("/news/") ? "News, for everyone" : "For everyone";
            assertEquals(expected, label, url + " is labelled " + label);
        }
    }

    @Test
    void the_live_region_announces_the_count() {
        List<String> found = typed("ketamine");
        WebElement status = browser.driver().findElement(By.id("search-status"));
        assertEquals("polite", status.getAttribute("aria-live"));
        String text = status.getText();
        assertTrue(text.matches("\\d+ results for “ketamine”.*"), text);
        assertTrue(Integer.parseInt(text.split(" ")[0]) >= found.size(), text + " but " + found.size() + " listed");

        typed("zzqxj");
        status = browser.driver().findElement(By.id("search-status"));
        assertTrue(status.getText().startsWith("No results for “zzqxj”"), status.getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#search-results > li")).isEmpty(), "results for nonsense");
    }

    // --- Keyboard --------------------------------------------------------------------------------------------------

    @Test
    void arrow_keys_move_between_the_field_and_the_results() {
        typed("infusion");
        WebElement field = browser.driver().findElement(By.id("search-q"));
        List<WebElement> links = browser.driver().findElements(By.cssSelector("#search-results a"));
        assertTrue(links.size() >= 2, "need two results");
        field.sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(0), focused(), "Down from the field does not reach the first result");
        focused().sendKeys(Keys.ARROW_DOWN);
        assertEquals(links.get(1), focused(), "Down does not move to the next result");
        focused().sendKeys(Keys.ARROW_UP);
        assertEquals(links.get(0), focused(), "Up does not move to the previous result");
        focused().sendKeys(Keys.ARROW_UP);
        assertEquals(field, focused(), "Up from the first result does not return to the field");
    }

    @Test
    void results_are_reachable_by_tab() {
        typed("infusion");
        WebElement first = browser.driver().findElement(By.cssSelector("#search-results a"));
        for (int i = 0; i < 3 && !first.equals(focused()); i++) {
            focused().sendKeys(Keys.TAB);
        }
        assertEquals(first, focused(), "Tab from the field does not reach the first result");
    }

    // --- The header form, loading on demand, no JavaScript ---------------------------------------------------------

    @Test
    void the_header_form_on_any_page_shows_results_on_the_search_page() {
        browser.driver().get(Nginx.get().url("/patients/before-your-infusion/"));
        browser.driver().findElement(By.cssSelector("header form[role=search] input[name=q]")).sendKeys("trauma" + Keys.ENTER);
        waitFor(() -> browser.driver().getCurrentUrl().contains("/search/?q=trauma"));
        waitForStatus("trauma");
        assertEquals("trauma", browser.driver().findElement(By.id("search-q")).getAttribute("value"));
        assertEquals("/patients/conditions/ptsd/", first(links()));
    }

    @Test
    void the_library_and_index_load_only_when_the_reader_starts_to_search() {
        browser.driver().get(Nginx.get().url("/search/"));
        waitFor(() -> "complete".equals(browser.driver().executeScript("return document.readyState")));
        assertFalse(loaded().stream().anyMatch(u -> u.contains("search-index.json") || u.contains("/js/vendor/")),
                "loaded before the reader searched: " + loaded());
        browser.driver().findElement(By.id("search-q")).click();
        waitFor(() -> loaded().stream().anyMatch(u -> u.endsWith("/search-index.json"))
                && loaded().stream().anyMatch(u -> u.contains("/js/vendor/fuse-")));
    }

    @Test
    void with_javascript_the_a_to_z_stays_below_the_results() {
        search("anxiety");
        WebElement az = browser.driver().findElement(By.cssSelector(".app-az"));
        WebElement results = browser.driver().findElement(By.id("search-results"));
        assertTrue(az.isDisplayed(), "the A-Z is hidden");
        assertTrue(az.getRect().getY() > results.getRect().getY() + results.getRect().getHeight() - 1, "the A-Z is not below the results");
    }

    @Test
    void without_javascript_the_search_page_lists_every_topic_from_a_to_z() throws Exception {
        Document doc = BakedSite.parse(BakedSite.page("/search/"));
        Element az = doc.selectFirst(".app-az");
        assertNotNull(az, "no A-Z section");
        assertFalse(az.hasAttr("hidden"), "the A-Z is hidden without JavaScript");
        Set<String> listed = az.select(".app-az__list a").stream().map(a -> a.attr("href")).collect(Collectors.toCollection(TreeSet::new));
        Set<String> expected = sitemapInSiteLanguage();
        expected.remove("/search/");
        assertEquals(expected, listed, "the A-Z and the published pages differ");
        for (Element letter : az.select("h3")) {
            for (Element a : letter.nextElementSibling().select("a")) {
                assertTrue(a.text().toUpperCase(Locale.ROOT).startsWith(letter.text()), a.text() + " is under " + letter.text());
            }
        }
        assertTrue(doc.select("script[src]").stream().allMatch(s -> s.attr("type").equals("module") || s.hasAttr("defer")),
                "a render-blocking script on the search page");
    }

    /** Every page's search form goes to the search page of its language (decision 0047): /search/ in the site's. */
    @Test
    void every_page_has_a_labelled_search_form_that_works_without_javascript() {
        SiteFolder site = BakedSite.folder();
        List<String> bad = new ArrayList<>();
        for (Path page : site.pages()) {
            Document doc = site.parse(page);
            String path = site.sitePath(page);
            String target = searchPageFor(site, page);
            Element form = doc.selectFirst(path.equals(target) ? "main form[role=search]" : "header form[role=search]");
            if (form == null || !form.attr("action").equals(target) || !form.attr("method").equals("get")) {
                bad.add(path + ": no search form with action=" + target + " method=get: " + form);
                continue;
            }
            Element input = form.selectFirst("input[type=search][name=q][id]");
            if (input == null || form.selectFirst("label[for=" + input.id() + "]") == null || form.selectFirst("label[for=" + input.id() + "]").text().isBlank()) {
                bad.add(path + ": the search field has no label");
            }
            if (form.selectFirst("button[type=submit]") == null) {
                bad.add(path + ": the search form has no submit button");
            }
            if (doc.select("form[role=search]").size() != 1) {
                bad.add(path + ": " + doc.select("form[role=search]").size() + " search forms");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    // --- The index -------------------------------------------------------------------------------------------------

    @Test
    void the_index_parses_lists_only_published_pages_and_fits_the_budget() throws Exception {
        Path file = BakedSite.root().resolve("search-index.json");
        JsonNode index = new ObjectMapper().readTree(file.toFile());
        Set<String> urls = new TreeSet<>();
        for (JsonNode page : index.get("pages")) {
            for (String field : List.of("title", "url", "section", "description", "text")) {
                assertTrue(page.hasNonNull(field) && !page.get(field).asText().isBlank(), page.path("url") + " has no " + field);
            }
            assertTrue(Set.of("For patients", "For physicians", "News", "About").contains(page.get("section").asText()), page.toString());
            assertTrue(page.get("headings").isArray() && page.get("keywords").isArray(), page.path("url") + ": headings or keywords");
            assertFalse(page.get("text").asText().matches("(?s).*(<[a-z/]|&#?[a-z0-9]+;).*"), page.get("url") + " text holds HTML: " + page.get("text"));
            assertTrue(urls.add(page.get("url").asText()), "listed twice: " + page.get("url"));
        }
        Set<String> expected = sitemapInSiteLanguage();
        expected.remove("/search/");
        assertEquals(expected, urls, "the index and the sitemap (the published pages) differ");
        int gzipped = PageWeight.gzipSize(file);
        System.out.println("search-index.json: " + Files.size(file) + " bytes, " + gzipped + " gzipped (budget " + SearchIndex.BUDGET + ")");
        assertTrue(gzipped < SearchIndex.BUDGET, "search-index.json is " + gzipped + " bytes gzipped, budget " + SearchIndex.BUDGET);
    }

    @Test
    void every_synonym_term_is_on_a_published_page() throws Exception {
        // A term that no page contains is a typo in data/search-synonyms.yaml: its patient words would find nothing.
        JsonNode index = new ObjectMapper().readTree(BakedSite.root().resolve("search-index.json").toFile());
        List<String> unused = new ArrayList<>();
        for (JsonNode synonym : index.get("synonyms")) {
            String word = synonym.get("words").get(0).asText();
            boolean found = false;
            for (JsonNode page : index.get("pages")) {
                for (String field : List.of("titleKeywords", "keywords", "bodyKeywords")) {
                    for (JsonNode w : page.path(field)) {
                        found |= w.asText().equals(word);
                    }
                }
            }
            if (!found) {
                unused.add(synonym.get("term").asText());
            }
        }
        assertTrue(index.get("synonyms").size() >= 10, "too few synonyms: " + index.get("synonyms").size());
        assertTrue(unused.isEmpty(), "terms in data/search-synonyms.yaml that no published page contains: " + unused);
    }

    @ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
    @Test
    void a_drafts_words_are_never_in_the_index() throws Exception {
        FixtureSite.Result result = new FixtureSite(fixtureDir)
                .withMinimalHome()
                .withProjectContent("search/index.adoc")
                .writeFile("data/search-synonyms.yaml", Files.readString(BakedSite.project().resolve("data/search-synonyms.yaml")))
                .write("patients/published/index.adoc", page(HOSTILE_TITLE, "published", PUBLISHED_WORD))
                .write("patients/unfinished/index.adoc", page("Unfinished page", "draft", DRAFT_WORD))
                .bake();
        assertTrue(result.errors().isEmpty(), result.allErrors());
        String json = result.read("search-index.json");
        JsonNode index = new ObjectMapper().readTree(json);
        assertTrue(json.contains(PUBLISHED_WORD), "the published fixture page is not in the index");
        List<String> titles = new ArrayList<>();
        index.get("pages").forEach(p -> titles.add(p.get("title").asText()));
        assertTrue(titles.contains(HOSTILE_TITLE), "a title with quotes, markup and a backslash did not survive as text: " + titles);
        JsonNode published = null;
        for (JsonNode p : index.get("pages")) {
            published = p.get("title").asText().equals(HOSTILE_TITLE) ? p : published;
        }
        assertTrue(published.get("bodyKeywords").toString().contains("\"spravato\""),
                "a page that mentions esketamine did not get the patient word spravato: " + published);
        assertFalse(json.toLowerCase(Locale.ROOT).contains(DRAFT_WORD), "a draft's word is in the index:\n" + json);
        assertFalse(json.contains("Unfinished page") || json.contains("/patients/unfinished/"), "the draft is in the index");
        assertFalse(result.read("search/index.html").contains("Unfinished page"), "the draft is in the A-Z");
    }

    @Test
    void the_report_prints_the_index_size() throws Exception {
        Process p = new ProcessBuilder("bash", BakedSite.project().resolve("scripts/report").toString(), BakedSite.root().toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, out);
        assertTrue(out.matches("(?s).*search-index\\.json: \\d+ bytes raw, \\d+ gzipped.*"), "no index size in:\n" + out);
    }

    @Test
    void the_library_is_served_as_javascript_with_its_licence() throws Exception { // its long caching: NginxIT
        HttpResponse<Void> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(Nginx.get().url("/js/vendor/fuse-7.1.0/fuse.min.js"))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").contains("javascript"), r.headers().map().toString());
        assertTrue(Files.isRegularFile(BakedSite.root().resolve("js/vendor/fuse-7.1.0/LICENSE")), "fuse.js's licence is not shipped with it");
    }

    // --- Helpers ---------------------------------------------------------------------------------------------------

    /**
     * Searches the query on the search page (opened if the browser shows another page, else emptied and searched
     * again, as a reader searches again) and returns the result paths the page shows; the page keeps showing them
     * (SearchPage.searchAll: submitted, so it does not wait for the pause that announces a typed query).
     */
    static List<String> search(String query) {
        return searchAll(List.of(query)).get(0).links();
    }

    /** Opens the search page, types the query as a reader would, and returns the result paths once announced. */
    static List<String> typed(String query) {
        return SearchPage.search(browser.driver(), query);
    }

    static void waitForStatus(String query) {
        SearchPage.waitForStatus(browser.driver(), query);
    }

    static List<String> links() {
        return SearchPage.links(browser.driver());
    }

    static String first(List<String> urls) {
        assertFalse(urls.isEmpty(), "no results");
        return urls.get(0);
    }

    static String first(SearchPage.Outcome shown) {
        assertFalse(shown.links().isEmpty(), "no results for \"" + shown.query() + "\"");
        return shown.links().get(0);
    }

    /** Searches a list of queries on one open search page (SearchPage.searchAll). */
    static List<SearchPage.Outcome> searchAll(List<String> queries) {
        return SearchPage.searchAll(browser.driver(), queries);
    }

    static WebElement focused() {
        return browser.driver().switchTo().activeElement();
    }

    @SuppressWarnings("unchecked")
    static List<String> loaded() {
        return (List<String>) browser.driver().executeScript("return performance.getEntriesByType('resource').map(e => e.name)");
    }

    static void waitFor(java.util.function.Supplier<Boolean> condition) {
        SearchPage.waitFor(browser.driver(), condition);
    }

    /** Site paths listed in the baked sitemap.xml: the published pages. */
    /**
     * The search page of a page's language: /search/ for the site's, else the published search page in the page's
     * language, or /search/ where there is none (as SiteModel.searchPage sends the form).
     */
    static String searchPageFor(SiteFolder site, Path page) {
        if (site.inSiteLanguage(page)) {
            return "/search/";
        }
        String lang = site.languageOf(page);
        return site.pages().stream().filter(p -> !site.inSiteLanguage(p) && Messages.sameLanguage(site.languageOf(p), lang))
                .filter(p -> site.parse(p).selectFirst("main .app-search-results") != null)
                .map(site::sitePath).findFirst().orElse("/search/");
    }

    /**
     * The published pages (the sitemap's) less those in another language: what the site's index and A to Z list, as
     * each language has its own (decision 0047; PageLanguageIT checks those on a fixture).
     */
    static Set<String> sitemapInSiteLanguage() throws Exception {
        SiteFolder site = BakedSite.folder();
        return sitemap().stream().filter(path -> {
            Path page = site.page(path);
            return !(page.toString().endsWith(".html") && Files.isRegularFile(page) && !site.inSiteLanguage(page));
        }).collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> sitemap() throws Exception {
        var xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(BakedSite.root().resolve("sitemap.xml").toFile());
        NodeList locs = xml.getElementsByTagName("loc");
        Set<String> paths = new TreeSet<>();
        for (int i = 0; i < locs.getLength(); i++) {
            paths.add(locs.item(i).getTextContent().replaceFirst("^https?://[^/]+", ""));
        }
        return paths;
    }

    static String page(String title, String status, String word) {
        return """
                title=%s
                description=A fixture page for the search index.
                type=page
                status=%s
                ~~~~~~
                This page mentions %s once, and esketamine too.
                """.formatted(title, status, word);
    }
}
