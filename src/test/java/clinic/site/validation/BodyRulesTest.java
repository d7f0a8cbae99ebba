package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.content.SourceFile;

/** The rules for converted bodies, on HTML as Asciidoctor writes it: no bake. */
class BodyRulesTest {

    static final SourceFile SOURCE = SourceFile.parse("content/patients/x/index.adoc", """
            title=X
            ~~~~~~
            See <<nosuch>> and link:/patients/missing-page/[a missing page].

            include::missing-part.adoc[]

            image::/images/no-such-picture.png[A nurse at work]

            image::/favicon.svg[]

            Call {clinic_phne}.

            protocol::no_such_list[voice=patients]
            """);

    static List<String> check(String html, Path assets) {
        return BodyRules.check(SOURCE, html, Addresses.only(Set.of("/patients/")), assets)
                .stream().map(Problem::toString).toList();
    }

    @Test
    void a_clean_body_has_no_problem(@TempDir Path assets) {
        assertEquals(List.of(), check("<div class=\"paragraph\"><p id=\"a\">See <a href=\"#a\">a</a> and"
                + " <a href=\"/patients/#top\">patients</a>. <code>{not_an_attribute}</code></p></div>", assets));
    }

    @Test
    void cross_references_and_site_links_that_go_nowhere(@TempDir Path assets) {
        assertEquals(List.of("content/patients/x/index.adoc:3: a cross reference points to 'nosuch', which is not on"
                + " this page. Check the <<nosuch>> in the text and the [[[nosuch]]] in the References.",
                "content/patients/x/index.adoc:3: a link points to /patients/missing-page/, which is not a published"
                        + " page. Check the path in link:/patients/missing-page/[...]."),
                check("<p>See <a href=\"#nosuch\">[nosuch]</a> and <a href=\"/patients/missing-page/\">a</a>.</p>",
                        assets));
    }

    @Test
    void an_include_that_found_no_file(@TempDir Path assets) {
        assertEquals(List.of("content/patients/x/index.adoc:5: 'include::missing-part.adoc[]' could not be included:"
                + " no such file. Check the name and the path (it is relative to this file's folder)."),
                check("<p>Unresolved directive in index.adoc - include::missing-part.adoc[]</p>", assets));
    }

    @Test
    void pictures_missing_or_without_alt_text(@TempDir Path assets) throws Exception {
        Files.writeString(assets.resolve("favicon.svg"), "<svg/>");
        assertEquals(List.of("content/patients/x/index.adoc:7: image /images/no-such-picture.png is missing: put the"
                + " file at assets/images/no-such-picture.png (or fix the name).",
                "content/patients/x/index.adoc:9: image /favicon.svg has no alt text. Describe what it shows inside the"
                        + " brackets: image::/favicon.svg[A nurse checks blood pressure before the infusion]."),
                check("<img src=\"/images/no-such-picture.png\" alt=\"A nurse at work\"><img src=\"/favicon.svg\""
                        + " alt=\"favicon\">", assets));
    }

    @Test
    void an_include_from_outside_content(@TempDir Path assets) {
        assertEquals(List.of("content/patients/x/index.adoc: 'include::/etc/hostname[]' is refused: a page may include"
                + " only files under content/ (shared parts go in content/_partials/)."),
                check("<p>Refused include outside content/ - include::/etc/hostname[]</p>", assets));
    }

    @Test
    void scripts_and_event_handlers_in_raw_html(@TempDir Path assets) {
        assertEquals(List.of("content/patients/x/index.adoc: a <script> in the page's HTML is refused: pages hold"
                + " text and markup only. Remove it.", "content/patients/x/index.adoc: the event handler onclick= in"
                        + " the page's HTML is refused: pages hold text and markup only. Remove it.",
                "content/patients/x/index.adoc: a javascript: address in the page's HTML is refused: pages hold text"
                        + " and markup only. Remove it."),
                check("<p onclick=\"x()\">Hi</p><script>alert(1)</script><a href=\"javascript:alert(1)\">x</a>", assets));
    }

    @Test
    void a_protocol_list_that_could_not_be_made(@TempDir Path assets) {
        assertEquals(List.of("content/patients/x/index.adoc:13: protocol::no_such_list is not a list in"
                + " data/clinic-protocol.yaml. The lists there are: a."),
                check("<div class=\"paragraph app-protocol-problem\"><p>protocol::no_such_list is not a list in"
                        + " data/clinic-protocol.yaml. The lists there are: a.</p></div>", assets));
    }
}
