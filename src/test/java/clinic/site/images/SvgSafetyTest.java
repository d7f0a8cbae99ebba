package clinic.site.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.BakedSite;

/** SVG files from editors: each way an SVG can run code or load something else is refused; plain drawings pass. */
class SvgSafetyTest {

    static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">";

    @Test
    void a_plain_drawing_and_the_sites_own_favicon_pass(@TempDir Path dir) throws Exception {
        Path plain = write(dir, "plain.svg", OPEN + "<defs><linearGradient id=\"g\"/></defs>"
                + "<rect width=\"10\" height=\"10\" fill=\"url(#g)\"/><use href=\"#g\"/></svg>");
        assertEquals(List.of(), SvgSafety.problems(plain));
        assertEquals(List.of(), SvgSafety.problems(BakedSite.project().resolve("assets/favicon.svg")));
    }

    @Test
    void script_is_refused(@TempDir Path dir) throws Exception {
        assertRefused(dir, OPEN + "<script>alert(1)</script></svg>", "it has a <script> element");
    }

    @Test
    void event_handlers_are_refused(@TempDir Path dir) throws Exception {
        assertRefused(dir, OPEN + "<rect width=\"1\" height=\"1\" onclick=\"alert(1)\"/></svg>", "it has an event handler (onclick on <rect>)");
        assertRefused(dir, OPEN.replace("viewBox", "onload=\"alert(1)\" viewBox") + "</svg>", "it has an event handler (onload on <svg>)");
    }

    @Test
    void foreign_object_is_refused(@TempDir Path dir) throws Exception {
        assertRefused(dir, OPEN + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject></svg>",
                "it has a <foreignObject> element");
    }

    @Test
    void external_references_are_refused(@TempDir Path dir) throws Exception {
        assertRefused(dir, OPEN + "<image href=\"https://tracker.example/pixel.png\"/></svg>", "it refers to another file or address (href=\"https://tracker.example/pixel.png\"");
        assertRefused(dir, OPEN + "<use xlink:href=\"other.svg#icon\"/></svg>", "it refers to another file or address (xlink:href=\"other.svg#icon\"");
        assertRefused(dir, OPEN + "<rect style=\"fill: url(https://x.example/p.svg#g)\"/></svg>", "it refers to another file or address (style on <rect>)");
        assertRefused(dir, OPEN + "<style>@import url(https://fonts.example/f.css);</style></svg>", "its <style> refers to another file");
    }

    @Test
    void a_doctype_with_entities_is_refused(@TempDir Path dir) throws Exception {
        assertRefused(dir, "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + OPEN + "<text>&x;</text></svg>",
                "it is not well-formed SVG, or it has a DOCTYPE");
    }

    private static void assertRefused(Path dir, String svg, String expected) throws Exception {
        List<String> problems = SvgSafety.problems(write(dir, "bad.svg", svg));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith(expected)), "expected '" + expected + "' in " + problems);
    }

    private static Path write(Path dir, String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text);
    }
}
