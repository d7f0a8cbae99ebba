package clinic.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import clinic.site.content.Page;
import clinic.site.content.SourceFile;

/** The parts of the site model that templates once worked out themselves: reviews, JSON-LD, JSON, the care card's place. */
class SiteModelTest {
    private final Map<String, Object> config = new HashMap<>(Map.of(
            "site_baseurl", "https://clinic.example/", "site_language", "en-US", "site_review_warning_days", "30",
            "clinic_name", "Dr. Handoo's Ketamine Clinic", "clinic_medical_director", "Dr. A. Reviewer"));

    private static Page article(String... fields) {
        StringBuilder header = new StringBuilder("title=Side effects </script><b>\ntype=article\nstatus=published\n"
                + "audience=patients\nauthor=Clinic team\nreviewed=2026-11-01\n");
        for (String field : fields) {
            header.append(field).append('\n');
        }
        return Page.of(SourceFile.parse("content/patients/x/index.adoc", header + "~~~~~~\n\nText.\n"));
    }

    private static String inDays(long days) {
        return "next_review=" + LocalDate.now().plusDays(days);
    }

    @Test
    void a_review_by_the_medical_director_names_the_configured_director() {
        SiteModel.Review review = SiteModel.empty(config).review(article("reviewer=medical_director", inDays(200)));
        assertEquals("Dr. A. Reviewer", review.reviewer());
        assertEquals("Dr. A. Reviewer, medical director", review.signedBy());
        assertFalse(review.pending());
        assertFalse(review.dueSoon());
    }

    @Test
    void a_review_by_an_example_reviewer_is_pending() {
        config.put("clinic_medical_director", "Dr. Example Name");
        assertTrue(SiteModel.empty(config).review(article("reviewer=medical_director", inDays(200))).pending());
        assertTrue(SiteModel.empty(config).review(article("reviewer=An EXAMPLE reviewer", inDays(200))).pending());
        assertFalse(SiteModel.empty(config).review(article("reviewer=Dr. Examplesson", inDays(200))).pending());
    }

    @Test
    void a_review_falls_due_soon_within_the_warning_days_but_never_in_the_public_build() {
        SiteModel site = SiteModel.empty(config);
        assertEquals(30, site.review(article("reviewer=x", inDays(30))).daysLeft());
        assertTrue(site.review(article("reviewer=x", inDays(30))).dueSoon());
        assertFalse(site.review(article("reviewer=x", inDays(31))).dueSoon());
        config.put("site_mode", "production");
        assertFalse(SiteModel.empty(config).review(article("reviewer=x", inDays(3))).dueSoon());
    }

    @Test
    void the_structured_data_of_an_article_is_json_that_no_value_can_break_out_of() throws Exception {
        SiteModel site = SiteModel.empty(config);
        String title = "Side effects </script><b>";
        String json = StructuredData.of(site, article("reviewer=medical_director", inDays(200)), title, "A \"quoted\" <i>",
                "/patients/x/");
        assertFalse(json.contains("<"), json);
        JsonNode graph = new ObjectMapper().readTree(json).get("@graph");
        JsonNode page = graph.get(0);
        assertEquals("MedicalWebPage", page.get("@type").asText());
        assertEquals(title, page.get("name").asText());
        assertEquals("A \"quoted\" <i>", page.get("description").asText());
        assertEquals("https://clinic.example/patients/x/", page.get("url").asText());
        assertEquals("2026-11-01", page.get("lastReviewed").asText());
        assertEquals("Dr. A. Reviewer", page.get("reviewedBy").get("name").asText());
        assertEquals("PeopleAudience", page.get("audience").get("@type").asText());
        assertEquals(List.of("MedicalWebPage", "BreadcrumbList"), graph.findValuesAsText("@type").stream()
                .filter(t -> !t.equals("Person") && !t.equals("Organization") && !t.endsWith("Audience")
                        && !t.equals("Drug") && !t.equals("ListItem")).toList(), "no clinic on an article");
    }

    @Test
    void an_article_whose_review_is_pending_claims_only_a_modification_date() throws Exception {
        config.put("clinic_medical_director", "Dr. Example Name");
        JsonNode page = new ObjectMapper().readTree(StructuredData.of(SiteModel.empty(config),
                article("reviewer=medical_director", inDays(200)), "T", "D", "/patients/x/")).get("@graph").get(0);
        assertEquals("2026-11-01", page.get("dateModified").asText());
        assertFalse(page.has("lastReviewed") || page.has("reviewedBy"), page.toString());
    }

    @Test
    void the_home_page_describes_the_clinic_and_a_page_without_a_source_is_a_web_page() throws Exception {
        JsonNode graph = new ObjectMapper().readTree(StructuredData.of(SiteModel.empty(config), null, "Home", "D", "/"))
                .get("@graph");
        assertEquals("WebPage", graph.get(0).get("@type").asText());
        assertEquals("MedicalClinic", graph.get(1).get("@type").asText());
        assertEquals("https://clinic.example/#clinic", graph.get(1).get("@id").asText());
    }

    @Test
    void the_breadcrumbs_count_from_one_and_end_at_the_page() throws Exception {
        JsonNode graph = new ObjectMapper().readTree(StructuredData.of(SiteModel.empty(config), null, "Page", "D",
                "/patients/x/")).get("@graph");
        JsonNode items = graph.get(1).get("itemListElement");
        assertEquals("BreadcrumbList", graph.get(1).get("@type").asText());
        assertEquals(1, items.get(0).get("position").asInt());
        assertEquals("Home", items.get(0).get("name").asText());
        assertEquals("https://clinic.example/", items.get(0).get("item").asText());
        assertEquals(2, items.get(1).get("position").asInt());
        assertEquals("Page", items.get(1).get("name").asText());
        assertEquals(2, items.size());
    }

    @Test
    void json_escapes_what_would_end_an_attribute_or_a_script() {
        assertEquals("[\"a \\\"b\\\"\",\"\\u003C/script>\"]", SiteModel.empty(config).json(List.of("a \"b\"", "</script>")));
    }

    @Test
    void the_body_is_cut_before_its_first_section_or_not_at_all() {
        SiteModel site = SiteModel.empty(config);
        String body = "<div id=\"preamble\">x</div>\n<div class=\"sect1\">a</div>\n<div class=\"sect1\">b</div>";
        assertEquals(new SiteModel.Split("<div id=\"preamble\">x</div>\n",
                "<div class=\"sect1\">a</div>\n<div class=\"sect1\">b</div>"), site.splitAtFirstSection(body));
        assertEquals(new SiteModel.Split("<p>x</p>", ""), site.splitAtFirstSection("<p>x</p>"));
    }

    @Test
    void a_tel_link_dials_only_digits_and_plus() {
        assertEquals("+12125550100", SiteModel.empty(config).dialled("+1 (212) 555-0100"));
    }
}
