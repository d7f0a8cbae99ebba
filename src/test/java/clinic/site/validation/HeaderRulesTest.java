package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import clinic.site.content.ContentModel;
import clinic.site.content.SourceFile;

/** Each rule of one page's header, on a file written in the test: no bake, milliseconds. */
class HeaderRulesTest {

    static final ContentModel MODEL = new ContentModel(List.of("patients", "physicians"),
            Map.of("patients", List.of("understanding", "treatment"), "physicians", List.of("referring")), 160,
            LocalDate.of(2026, 11, 28), Set.of("clinic_phone"), "en-US", Set.of("en", "es"));

    static final String ARTICLE = """
            title=A title
            description=A description.
            type=article
            status=published
            audience=patients
            group=treatment
            order=10
            author=Clinic editorial team
            reviewer=medical_director
            reviewed=2026-11-01
            next_review=2027-11-01
            ~~~~~~
            Text.
            """;

    /** The problems of the article above with `from` replaced by `to`, each as the editor sees it. */
    static List<String> problems(String from, String to) {
        if (!ARTICLE.contains(from)) {
            throw new IllegalArgumentException(from);
        }
        SourceFile f = SourceFile.parse("content/patients/x/index.adoc", ARTICLE.replace(from, to));
        return HeaderRules.check(f, MODEL).stream().map(Problem::toString).toList();
    }

    static List<String> one(String text) {
        return List.of("content/patients/x/index.adoc:" + text);
    }

    @Test
    void a_good_article_has_no_problem() {
        assertEquals(List.of(), problems("Text.", "Text."));
    }

    @Test
    void an_empty_file() {
        assertEquals(one("1: the file is empty. Start from docs/starter-article.adoc (copy it here and fill in the"
                + " fields), or remove the file."), HeaderRules.check(SourceFile.parse("content/patients/x/index.adoc",
                        "\n \n"), MODEL).stream().map(Problem::toString).toList());
    }

    @Test
    void a_missing_separator_says_exactly_that() {
        assertEquals(one("12: the line ~~~~~~ that ends the header is missing. Put a line of six tildes (~~~~~~)"
                + " after the last key=value line (line 11), before the text."), problems("~~~~~~\n", ""));
    }

    @Test
    void a_header_line_without_equals() {
        assertEquals(one("1: 'title: A title' is not a field: every line above ~~~~~~ must be name=value, such as"
                + " title=What to expect on the day."), problems("title=A title", "title: A title"));
    }

    @Test
    void an_unknown_field_names_the_closest_known_one() {
        assertEquals(one("12: unknown field 'care_crad': did you mean 'care_card'?"),
                problems("~~~~~~", "care_crad=true\n~~~~~~"));
        assertEquals(one("12: unknown field 'wibblewobble'. The fields are: " + String.join(", ", ContentModel.FIELDS)
                + " (docs/content-model.md)."), problems("~~~~~~", "wibblewobble=1\n~~~~~~"));
    }

    @Test
    void a_mistyped_field_is_named_not_reported_as_the_missing_one() {
        assertEquals(List.of("content/patients/x/index.adoc:10: unknown field 'reviwed': did you mean 'reviewed'?",
                "content/patients/x/index.adoc:12: field 'reviewed' is missing. Add a line reviewed=the date of the"
                        + " last clinical review, e.g. 2026-11-24 above the ~~~~~~ line."),
                problems("reviewed=", "reviwed="));
    }

    @Test
    void a_field_twice() {
        assertEquals(one("12: field 'title' is already on line 1. Keep one of the two lines."),
                problems("~~~~~~", "title=Another\n~~~~~~"));
    }

    @Test
    void a_mistyped_type_suggests_the_type() {
        assertEquals(one("3: field 'type' is 'artcle': did you mean 'article'? Use one of: article, page, section,"
                + " post, home, news, search."), problems("type=article", "type=artcle"));
    }

    @Test
    void an_empty_field_is_empty_not_missing() {
        assertEquals(one("1: field 'title' is empty. Write a plain-text title after 'title='."),
                problems("title=A title", "title="));
    }

    @Test
    void a_missing_field_names_the_line_to_add() {
        assertEquals(one("11: field 'reviewer' is missing. Add a line reviewer=medical_director (or a name and role)"
                + " above the ~~~~~~ line."), problems("reviewer=medical_director\n", ""));
    }

    @Test
    void status_published_or_draft() {
        assertEquals(one("4: field 'status' is 'publish'; use published or draft."),
                problems("status=published", "status=publish"));
    }

    @Test
    void description_length() {
        assertEquals(one("2: field 'description' is 199 characters long; the limit is 160. Shorten it."),
                problems("description=A description.", "description=" + "Too long. ".repeat(20)));
    }

    @Test
    void dates_in_the_form_and_real() {
        assertEquals(one("10: field 'reviewed' is '24/11/2026', which is not a date in the form yyyy-MM-dd (for"
                + " example 2026-11-24)."), problems("reviewed=2026-11-01", "reviewed=24/11/2026"));
        assertEquals(one("11: field 'next_review' is '2027-02-30', which is not a real date. Use yyyy-MM-dd (for"
                + " example 2026-11-24)."), problems("next_review=2027-11-01", "next_review=2027-02-30"));
    }

    @Test
    void audience_and_group_from_the_settings() {
        assertEquals(one("5: field 'audience' is 'patient'; use one of: patients, physicians."),
                problems("audience=patients", "audience=patient"));
        assertEquals(one("6: field 'group' is 'treatments'; for audience patients use one of: understanding,"
                + " treatment."), problems("group=treatment", "group=treatments"));
    }

    @Test
    void order_is_a_whole_number() {
        assertEquals(one("7: field 'order' is 'ten'; use a whole number such as 10."), problems("order=10", "order=ten"));
    }

    @Test
    void care_card_and_print_take_their_words() {
        assertEquals(one("12: field 'care_card' is 'yes'; use true (the page shows the 'When to get help now' card),"
                + " actions (the card with big call, text and chat buttons, right under the page's lead: for Help now)"
                + " or false."), problems("~~~~~~", "care_card=yes\n~~~~~~"));
        assertEquals(List.of(), problems("~~~~~~", "care_card=actions\n~~~~~~"));
        assertEquals(one("12: field 'print' is 'paper'; the only value is form (the page prints as the form alone),"
                + " or remove the line."), problems("~~~~~~", "print=paper\n~~~~~~"));
    }

    /** A page of another edition names its language; the messages folder must have that language's words. */
    @Test
    void lang_is_a_tag_with_a_messages_file() {
        assertEquals(List.of(), problems("~~~~~~", "lang=es-US\n~~~~~~"), "es.properties is in the model's languages");
        assertEquals(List.of(), problems("~~~~~~", "lang=en-US\n~~~~~~"), "the site's own language");
        assertEquals(one("12: field 'lang' is 'fr-FR', but templates/messages/fr.properties does not exist, so the"
                + " page's menus and labels would have no words. Add that file with every message of"
                + " templates/messages/en.properties, or remove the line for a page in en-US (the site's language)."),
                problems("~~~~~~", "lang=fr-FR\n~~~~~~"));
        assertEquals(one("12: field 'lang' is 'Spanish', which is not a language tag. Write the language, a hyphen and"
                + " the country, such as es-US for Spanish in the United States, or remove the line for a page in"
                + " en-US (the site's language)."), problems("~~~~~~", "lang=Spanish\n~~~~~~"));
        assertEquals(one("12: field 'translation_of' names the page this one translates, but the page has no language"
                + " of its own. Add a line lang= with its language, such as es-US, or remove the line."),
                problems("~~~~~~", "translation_of=/patients/a/\n~~~~~~"));
        assertEquals(one("4: field 'lang' is on a page of type 'section'. Only an article or a search page may be in"
                + " another language for now: a section lists its articles under group names that are written in"
                + " en-US only. Remove the line."), problems("type=article", "type=section\nlang=es-US").stream()
                .filter(p -> p.contains("'lang'")).toList());
        assertEquals(List.of(), problems("type=article", "type=search\nlang=es-US").stream()
                .filter(p -> p.contains("'lang'")).toList(), "a search page in another language (decision 0047)");
    }

    @Test
    void links_are_site_paths() {
        assertEquals(one("12: field 'related' has 'https://example.org/', which is not a site path. Write it like"
                + " /patients/before-your-infusion/, separating several with commas."),
                problems("~~~~~~", "related=/patients/a/, https://example.org/\n~~~~~~"));
    }

    @Test
    void next_review_after_reviewed_and_not_overdue() {
        assertEquals(one("11: field 'next_review' (2026-01-01) must be after 'reviewed' (2026-11-01)."),
                problems("next_review=2027-11-01", "next_review=2026-01-01"));
        assertEquals(one("11: the review was due on 2026-11-27. Ask the clinical reviewer to check the page, then"
                + " update 'reviewed' and 'next_review'."), problems("next_review=2027-11-01", "next_review=2026-11-27"));
        assertEquals(List.of(), problems("status=published\n", "status=draft\n").stream()
                .filter(p -> p.contains("was due")).toList(), "a draft may wait for its review");
    }

    @Test
    void other_types_need_their_own_fields() {
        SourceFile post = SourceFile.parse("content/news/x/index.adoc",
                "title=T\ndescription=D\ntype=post\nstatus=published\n~~~~~~\nText.\n");
        assertEquals(List.of("content/news/x/index.adoc:5: field 'published' is missing. Add a line"
                + " published=the publication date, e.g. 2026-11-24 above the ~~~~~~ line.",
                "content/news/x/index.adoc:5: field 'author' is missing. Add a line author=the writer, e.g. Clinic"
                        + " editorial team above the ~~~~~~ line."),
                HeaderRules.check(post, MODEL).stream().map(Problem::toString).toList());
    }
}
