package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import clinic.site.support.BakedSite;
import clinic.site.support.SiteFolder;

/** schema.org JSON-LD: valid JSON everywhere, the right types where search engines and assistants look. */
class StructuredDataTest {

    static final ObjectMapper JSON = new ObjectMapper();

    /** The @graph of a page's single JSON-LD block. */
    static JsonNode graph(Document doc) throws Exception {
        var blocks = doc.select("script[type=application/ld+json]");
        assertEquals(1, blocks.size(), "expected one JSON-LD block");
        return JSON.readTree(blocks.first().data()).get("@graph");
    }

    static Set<String> types(JsonNode graph) {
        Set<String> types = new HashSet<>();
        graph.forEach(n -> types.add(n.get("@type").asText()));
        return types;
    }

    @Test
    void every_page_has_valid_json_ld_with_breadcrumbs_below_home() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            String path = BakedSite.sitePath(page);
            try {
                Set<String> types = types(graph(BakedSite.parse(page)));
                if (!path.equals("/") && !types.contains("BreadcrumbList")) {
                    problems.add(path + ": no BreadcrumbList in " + types);
                }
            } catch (Exception | AssertionError e) {
                problems.add(path + ": " + e.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void health_articles_are_medical_web_pages_with_review_date_reviewer_and_subject() throws Exception {
        SiteFolder site = BakedSite.folder();
        List<String> problems = new ArrayList<>();
        for (Path page : site.pages()) {
            Document doc = site.parse(page);
            if (doc.selectFirst(".app-review-dates") == null) {
                continue; // not a health article
            }
            JsonNode webPage = null;
            for (JsonNode n : graph(doc)) {
                if (n.get("@type").asText().equals("MedicalWebPage")) {
                    webPage = n;
                }
            }
            String path = site.sitePath(page);
            if (webPage == null) {
                problems.add(path + ": no MedicalWebPage");
                continue;
            }
            String reviewed = doc.selectFirst(".app-review-dates time").attr("datetime");
            var words = PatientPageChecks.REVIEW_WORDS.forPage(path, site.languageOf(page), problems);
            if (words.isEmpty()) {
                continue;
            }
            // Whether the block says the review is pending, in the page's words (PatientPageChecks.REVIEW_WORDS).
            if (doc.selectFirst(".app-review-dates").text().contains(words.get().pending())) {
                // No review has happened yet (issue 14): the data must not claim one.
                if (webPage.has("lastReviewed") || webPage.has("reviewedBy") || !webPage.path("dateModified").asText().equals(reviewed)) {
                    problems.add(path + ": review pending, yet the data claims a review or lacks dateModified " + reviewed);
                }
            } else if (!webPage.path("lastReviewed").asText().equals(reviewed)) {
                problems.add(path + ": lastReviewed " + webPage.path("lastReviewed") + " is not the shown " + reviewed);
            } else if (webPage.path("reviewedBy").path("name").asText().isBlank()) {
                problems.add(path + ": reviewedBy is empty");
            }
            if (webPage.path("about").path("name").asText().isBlank()) {
                problems.add(path + ": about is empty");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_contact_page_describes_the_clinic_with_address_and_telephone() throws Exception {
        JsonNode clinic = null;
        for (JsonNode n : graph(BakedSite.parse(BakedSite.page("/contact/")))) {
            if (n.get("@type").asText().equals("MedicalClinic")) {
                clinic = n;
            }
        }
        assertTrue(clinic != null, "no MedicalClinic on /contact/");
        assertTrue(!clinic.path("telephone").asText().isBlank(), "no telephone");
        assertTrue(!clinic.path("address").path("streetAddress").asText().isBlank(), "no street address");
    }
}
