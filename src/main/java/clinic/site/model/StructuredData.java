package clinic.site.model;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import clinic.site.content.Page;

/**
 * A page's schema.org JSON-LD for search engines: MedicalWebPage (with its review date, reviewer and subject) for a
 * health article, MedicalClinic on the home and contact pages, WebPage elsewhere, and a BreadcrumbList below home.
 * Written with Jackson, every "<" escaped (\u003C) so that no value can close the script element it is printed in.
 */
final class StructuredData {
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        JSON.getFactory().setCharacterEscapes(new LessThanEscaped());
    }

    private StructuredData() {
    }

    /** The JSON-LD of the page at `sitePath` (`page` null for a page without a source file, such as the 404 page). */
    static String of(SiteModel site, Page page, String title, String description, String sitePath) {
        String url = site.absolute(sitePath);
        ObjectNode root = JSON.createObjectNode();
        root.put("@context", "https://schema.org");
        ArrayNode graph = root.putArray("@graph");
        if (page != null && page.type().equals("article")) {
            ObjectNode article = graph.addObject();
            article.put("@type", "MedicalWebPage").put("@id", url).put("url", url).put("name", title)
                    .put("description", description).put("inLanguage", site.language(page.source().value("lang")));
            SiteModel.Review review = site.review(page);
            // No review claim while the reviewer is an example: the date is then only a modification date.
            if (review.pending()) {
                article.put("dateModified", review.reviewed());
            } else {
                article.put("lastReviewed", review.reviewed());
                article.putObject("reviewedBy").put("@type", "Person").put("name", review.reviewer());
            }
            article.putObject("author").put("@type", "Organization").put("name", page.author());
            article.putObject("publisher").put("@id", site.absolute("/#clinic"));
            boolean physicians = page.audience().equals("physicians");
            article.putObject("audience").put("@type", physicians ? "MedicalAudience" : "PeopleAudience")
                    .put("audienceType", physicians ? "Clinician" : "Patient");
            article.putObject("about").put("@type", "Drug").put("name", "Ketamine");
        } else {
            graph.addObject().put("@type", "WebPage").put("@id", url).put("url", url).put("name", title)
                    .put("description", description).putObject("publisher").put("@id", site.absolute("/#clinic"));
        }
        if (sitePath.equals("/") || sitePath.equals("/contact/")) {
            clinic(site, graph.addObject());
        }
        List<SiteModel.Crumb> trail = site.breadcrumbs(sitePath, page == null ? "" : page.source().value("lang"));
        if (!trail.isEmpty()) {
            ArrayNode items = graph.addObject().put("@type", "BreadcrumbList").putArray("itemListElement");
            int position = 0;
            for (SiteModel.Crumb crumb : trail) {
                items.addObject().put("@type", "ListItem").put("position", ++position)
                        .put("name", crumb.title()).put("item", site.absolute(crumb.href()));
            }
            items.addObject().put("@type", "ListItem").put("position", ++position).put("name", title);
        }
        return write(root);
    }

    /** A value as JSON, "<" escaped as in the JSON-LD (the search page's crisis phrases, in an attribute). */
    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value, e);
        }
    }

    private static void clinic(SiteModel site, ObjectNode clinic) {
        clinic.put("@type", "MedicalClinic").put("@id", site.absolute("/#clinic"))
                .put("name", site.configText("clinic_name")).put("url", site.absolute("/"))
                .put("telephone", site.configText("clinic_phone")).put("faxNumber", site.configText("clinic_fax"));
        clinic.putObject("address").put("@type", "PostalAddress")
                .put("streetAddress", site.configText("clinic_address_street"))
                .put("addressLocality", site.configText("clinic_address_city"))
                .put("addressRegion", site.configText("clinic_address_region"))
                .put("postalCode", site.configText("clinic_address_postcode"))
                .put("addressCountry", "US");
        clinic.put("openingHours", site.configText("clinic_hours")).put("medicalSpecialty", "Psychiatric");
    }

    /** JSON's own escapes, and "<" as \u003C. */
    private static final class LessThanEscaped extends CharacterEscapes {
        private final int[] ascii = standardAsciiEscapesForJSON();

        LessThanEscaped() {
            ascii['<'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null; // only the standard escapes above
        }
    }
}
