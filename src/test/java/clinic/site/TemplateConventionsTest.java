package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * JBake runs FreeMarker with auto-escaping off; only an explicit output format per file turns it on, and a
 * macro library without one does not escape even when called from one that has it.
 */
class TemplateConventionsTest {

    @Test
    void every_template_declares_its_output_format_on_the_first_line() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path t : templates()) {
            String first = Files.readString(t, StandardCharsets.UTF_8).lines().findFirst().orElse("");
            if (!first.matches("<#ftl output_format=\"(HTML|XML|plainText)\">")) {
                bad.add(t + ": " + first);
            }
        }
        assertTrue(bad.isEmpty(), "templates without an output format header:\n" + String.join("\n", bad));
    }

    /**
     * Markup printed unescaped: the page's body from Asciidoctor (content.body, or the two parts SiteModel cuts it
     * into for the care card), passed to the prose and search macros. Anything else must say why it is safe.
     */
    static final List<String> ASCIIDOCTOR_OUTPUT = List.of("content.body", "parts.intro", "parts.sections");

    @Test
    void no_esc_is_used_only_for_asciidoctor_output_and_always_explained() throws IOException {
        Pattern noEsc = Pattern.compile("([\\w.]+(?:\\([^)]*\\))?)\\?no_esc");
        List<String> bad = new ArrayList<>();
        for (Path t : templates()) {
            List<String> lines = Files.readAllLines(t, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = noEsc.matcher(lines.get(i));
                while (m.find()) {
                    String expr = m.group(1);
                    boolean body = ASCIIDOCTOR_OUTPUT.contains(expr);
                    boolean explained = i > 0 && (lines.get(i - 1).contains("safe") || lines.get(i - 1).contains("printed as it is"));
                    if (!body && !explained) {
                        bad.add(t + ":" + (i + 1) + ": " + expr + "?no_esc without a comment saying why it is safe");
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void every_macro_has_a_doc_comment() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path t : templates()) {
            List<String> lines = Files.readAllLines(t, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).startsWith("<#macro ") || lines.get(i).startsWith("<#function ")) {
                    String before = i > 0 ? lines.get(i - 1).trim() : "";
                    if (!before.endsWith("-->")) {
                        bad.add(t + ":" + (i + 1) + ": " + lines.get(i));
                    }
                }
            }
        }
        assertTrue(bad.isEmpty(), "macros and functions without a doc comment right above them:\n" + String.join("\n", bad));
    }

    /**
     * What templates may no longer do: the site model is Java (clinic.site.model.SiteModel, handed over by its model
     * extractor). No lookup tables parsed from JSON strings, no Java objects made in a template (`?new` reaches the
     * disk), no memo passed in as a fake model extractor, no JBake document lists filtered and sorted in a template,
     * no check that stops the bake (`<#stop`): every check is a rule in clinic.site.validation. And no text surgery:
     * no regular expression over HTML or data (`?matches`, `?groups`, a `"r"` replace), no cutting HTML at an index,
     * no JSON written by joining strings (`?json_string`): HTML is read from Asciidoctor's document, JSON is written
     * with a JSON library.
     */
    static final Pattern MODEL_IN_TEMPLATE = Pattern.compile(
            "\\?eval_json|\\?eval\\b|\\?new\\b|bake_memo|\\b(published_[a-z]+|all_content|db)\\b|<#stop\\b"
            + "|\\?matches\\b|\\?groups\\b|,\\s*[\"']r[\"']\\)|\\?(last_)?index_of\\b|\\?json_string\\b");

    @Test
    void templates_lay_out_the_java_site_model_and_compute_none_of_it() throws IOException {
        // The check itself can fail: each of these lines is what a template once did.
        for (String old : List.of("<#return (\"{\" + entries?join(\",\") + \"}\")?eval_json>", "<#local f = \"java.io.File\"?new()>",
                "<#return (bake_memo[0])!\"\">", "<#list published_content?filter(d -> u.isPage(d)) as d>",
                "<#stop \"\\nProduction build refused: these clinic facts are still examples\">",
                "<#list body?matches(r'<h2 id=\"([^\"]+)\">(.*?)</h2>', \"s\") as m>",
                "<#return doc.body?replace(r'<col style=\"width: [0-9.]+%;\">', '<col>', 'r')>",
                "<#assign firstSection = body?index_of('<div class=\"sect1\">')>",
                "<#return '\"' + value?json_string?replace(\"<\", \"\\\\u003C\") + '\"'>")) {
            assertTrue(MODEL_IN_TEMPLATE.matcher(old).find(), "the check misses: " + old);
        }
        List<String> bad = new ArrayList<>();
        for (Path t : templates()) {
            List<String> lines = Files.readAllLines(t, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                Matcher m = MODEL_IN_TEMPLATE.matcher(lines.get(i));
                if (m.find()) {
                    bad.add(t + ":" + (i + 1) + ": " + m.group() + " (work it out in clinic.site.model.SiteModel)");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * The pages are written on every core by clinic.site.bake.ParallelDocumentsRenderer, which does not give a page
     * JBake's post neighbours: a template that read them would get nothing.
     */
    @Test
    void no_template_reads_jbakes_post_neighbours() throws IOException {
        List<String> bad = new ArrayList<>();
        for (Path t : templates()) {
            String text = Files.readString(t, StandardCharsets.UTF_8);
            for (String neighbour : List.of("previousContent", "nextContent")) {
                if (text.contains(neighbour)) {
                    bad.add(t + " reads " + neighbour + ", which the site's renderer does not set");
                }
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    /**
     * A message's {name} places are filled by the site model (SiteModel.message, Messages), in one pass, as Java fills
     * them: a template that replaced them one name after another would fill a value that itself holds "{name}" again.
     */
    @Test
    void no_template_fills_a_messages_places_itself() throws IOException {
        // The check must be able to fail: util.ftl's t as it was before it called the site model.
        assertTrue(fillsPlacesItself("<#local html = html?replace(\"{\" + name + \"}\", value)>"));
        List<String> bad = new ArrayList<>();
        for (Path t : templates()) {
            if (fillsPlacesItself(Files.readString(t, StandardCharsets.UTF_8))) {
                bad.add(t + " fills a message's {name} places itself: pass them to u.t(key, places) (site.message)");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    private static boolean fillsPlacesItself(String template) {
        return template.replace(" ", "").contains("?replace(\"{\"+");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> s = Files.walk(BakedSite.project().resolve("templates"))) {
            List<Path> list = s.filter(p -> p.toString().endsWith(".ftl")).sorted().toList();
            assertTrue(list.size() >= 8, "expected the site's templates, found " + list.size());
            return list;
        }
    }
}
