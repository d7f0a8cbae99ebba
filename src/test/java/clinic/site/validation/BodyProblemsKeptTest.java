package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validation keeps each body's problems from one check to the next (the preview's next save) by everything BodyRules
 * reads: a page's text and HTML, the published pages, the files under assets/. Each check below is the one a first
 * check gives: a picture added or removed, a linked page published, a changed text or body are all seen at once.
 */
class BodyProblemsKeptTest {
    @TempDir
    Path project;

    private static final String HTML = "<p><img src=\"/images/x.jpg\" alt=\"A nurse\"> <a href=\"/patients/b/\">B</a></p>";

    private Path page(String name) throws IOException {
        Path file = project.resolve("content/patients/" + name + "/index.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, HeaderRulesTest.ARTICLE.replace("Text.", "image::/images/x.jpg[A nurse] link:/patients/b/[B]"));
        return file;
    }

    /** The body problems of page a with this HTML, as the editor reads them. */
    private List<String> check(String html) {
        Validation validation = new Validation(project, HeaderRulesTest.MODEL);
        validation.checkSources();
        return validation.checkBodies(Map.of(project.resolve("content/patients/a/index.adoc").toString(), html))
                .stream().filter(p -> p.file().equals("content/patients/a/index.adoc")) // page b has no body here
                .map(Problem::toString).toList();
    }

    /** The line number of a problem as the editor reads it ("file:line: message"). */
    private static int line(String problem) {
        return Integer.parseInt(problem.split(":")[1]);
    }

    @Test
    void a_kept_check_is_redone_when_a_picture_a_page_or_the_body_changes() throws IOException {
        page("a");
        List<String> first = check(HTML);
        assertEquals(2, first.size(), "no picture, no page b: " + first);
        assertEquals(first, check(HTML), "nothing changed");

        Path picture = project.resolve("assets/images/x.jpg");
        Files.createDirectories(picture.getParent());
        Files.write(picture, new byte[] {1});
        assertEquals(1, check(HTML).size(), "the picture is there now: " + check(HTML));

        page("b");
        assertEquals(List.of(), check(HTML), "page b is published now");

        Files.delete(picture);
        assertEquals(1, check(HTML).size(), "the picture is gone again");
        // The same HTML from a source with two more lines above the picture: the problem is on a line two further.
        String before = check(HTML).get(0);
        Path a = project.resolve("content/patients/a/index.adoc");
        Files.writeString(a, Files.readString(a).replace("~~~~~~\n", "~~~~~~\nA first line.\n\n"));
        String after = check(HTML).get(0);
        assertEquals(line(before) + 2, line(after), before + " then " + after);
        assertEquals(0, check("<p>Other text.</p>").size(), "a changed body is checked again");
    }
}
