package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;
import clinic.site.support.ByLanguage;
import clinic.site.support.SiteFolder;

/**
 * What editors get on the pages: "Report a problem with this page" everywhere, in the page's language (a plain
 * mailto: to the editorial address, the page's address in the subject), and in a development build the source file
 * and review date, which the public build (mvn -Pproduction verify, what CI publishes) never shows; ProductionModeIT
 * proves it on a fixture.
 */
class EditorialLinksTest {

    /** The link's words in each language: the report_problem.link message of en.properties and es.properties. */
    static final ByLanguage<String> REPORT_A_PROBLEM = ByLanguage.<String>rule(
            "every page has a report-a-problem link",
            "that language's report_problem.link message to EditorialLinksTest.REPORT_A_PROBLEM")
            .in("en", "Report a problem with this page")
            .in("es", "Avísenos de un problema con esta página");

    @Test
    void every_page_has_a_report_a_problem_mailto_with_its_own_address_in_the_subject() throws Exception {
        Properties config = new Properties();
        try (var in = Files.newBufferedReader(BakedSite.project().resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            config.load(in);
        }
        String email = config.getProperty("clinic.editorial_email");
        String base = System.getProperty("site.baseurl", "http://localhost:8820").replaceAll("/$", "");
        List<String> problems = new ArrayList<>();
        SiteFolder site = BakedSite.folder();
        for (Path page : site.pages()) {
            String path = site.sitePath(page);
            Element link = site.parse(page).selectFirst(".app-report-problem a");
            String words = REPORT_A_PROBLEM.forPage(path, site.languageOf(page), problems).orElse(null);
            if (words == null) {
                continue;
            }
            if (link == null || !link.text().equals(words)) {
                problems.add(path + ": no \"" + words + "\" link");
                continue;
            }
            String href = link.attr("href");
            String prefix = "mailto:" + email + "?subject=";
            String encoded = href.startsWith(prefix) ? href.substring(prefix.length()) : "";
            // A mailto: subject is percent-encoded (RFC 6068): no raw spaces, and it decodes to the page's address.
            String subject = URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (!href.startsWith(prefix) || encoded.contains(" ") || !subject.endsWith(" " + base + path)) {
                problems.add(path + ": report link is " + href);
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_article_names_its_source_file_and_review_date_for_editors_never_in_the_public_build() {
        if ("production".equals(System.getProperty("baked.mode"))) { // the bake CI publishes: no editors' note at all
            List<String> noted = BakedSite.allHtml().stream().filter(p -> BakedSite.parse(p).selectFirst(".app-editor-note") != null)
                    .map(BakedSite::sitePath).toList();
            assertEquals(List.of(), noted, "the editors' note reached the public build");
            return;
        }
        assertEquals("development", System.getProperty("baked.mode"), "the suite is told which bake it checks (pom.xml)");
        List<String> problems = new ArrayList<>();
        int articles = 0;
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            if (doc.selectFirst("article.app-article .app-review-dates") == null) { // articles, not news posts
                continue;
            }
            articles++;
            String path = BakedSite.sitePath(page);
            Element note = doc.selectFirst(".app-editor-note");
            Element source = note == null ? null : note.selectFirst("code");
            Element due = note == null ? null : note.selectFirst("time");
            String nextReview = doc.select(".app-review-dates time").last().attr("datetime");
            if (source == null || !Files.isRegularFile(BakedSite.project().resolve(source.text()))
                    || !source.text().equals("content" + path + "index.adoc")) {
                problems.add(path + ": the editors' note does not name the page's source file: " + (note == null ? "no note" : note.text()));
            } else if (due == null || !due.attr("datetime").equals(nextReview)) {
                problems.add(path + ": the editors' note does not give the review due date " + nextReview + ": " + note.text());
            }
        }
        assertTrue(articles >= 20, "too few articles: " + articles);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
