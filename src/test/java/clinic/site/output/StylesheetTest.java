package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.BakedSite;

/** The stylesheet bundle: what minifying keeps, and no component CSS left out in silence. No bake. */
class StylesheetTest {

    @Test
    void minifying_drops_comments_and_the_spaces_no_rule_needs_but_keeps_strings_and_descendants() {
        assertEquals(".a{color:red}.b c{margin:0 auto}",
                Stylesheet.minify("/* note */\n.a {\n  color: red;\n}\n\n\n.b c {\n\tmargin: 0 auto; /* why */\n}\n"));
        assertEquals(".a>.b,.c :is(.d,.e){font:1em/1.5 x,y}@media (min-width:48em){.f::after{content:\" (\" attr(href) \"; ) \"}}",
                Stylesheet.minify(".a > .b, .c :is(.d, .e) { font: 1em/1.5 x, y; }\n@media (min-width: 48em) {\n"
                        + "  .f::after { content: \" (\" attr(href) \"; ) \"; } /* a \"quoted\" comment */\n}\n"));
        assertEquals(".g{margin:0 -.375rem;padding:.85rem 10.5px;line-height:1.05;content:\"0.5\"}.h10.5{opacity:0}",
                Stylesheet.minify(".g { margin: 0 -0.375rem; padding: 0.85rem 10.5px; line-height: 1.05; content: \"0.5\"; }"
                        + " .h10.5 { opacity: 0; }"), "leading zeros go, not from 10.5, a word or a string");
    }

    @Test
    void a_component_file_the_bundle_does_not_list_is_a_problem(@TempDir Path project) throws Exception {
        Path components = Files.createDirectories(project.resolve("templates/css/components"));
        Files.copy(BakedSite.project().resolve("templates/css/components/header.css"), components.resolve("header.css"));
        Files.writeString(components.resolve("new-widget.css"), ".app-new-widget{}");
        assertEquals(List.of("templates/css/components/new-widget.css: not in the stylesheet bundle, so no page would"
                + " get it. Add 'new-widget' to COMPONENTS (or a PAGE_BUNDLES group) in src/main/java/clinic/site/output/Stylesheet.java (where it"
                + " belongs in the cascade)."), Stylesheet.write(project, project.resolve("out"), java.util.Set.of()));
        assertFalse(Files.exists(project.resolve("out/css/site.css")), "a partial bundle was written");
    }
}
