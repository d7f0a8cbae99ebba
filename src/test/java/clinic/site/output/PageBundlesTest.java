package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * The stylesheets of a few pages (Stylesheet.PAGE_BUNDLES): every baked page that shows a component of a bundle links
 * that bundle, or the component would be unstyled; and no page links a bundle it does not use, whose bytes would then
 * count against its one round trip for nothing.
 */
class PageBundlesTest {

    private static final Pattern CLASS = Pattern.compile("\\.(app-[a-z0-9-]+)");

    /** The component classes each bundled component styles, from its CSS file (block and element names alike). */
    static Map<String, Set<String>> componentClasses() throws IOException {
        Map<String, Set<String>> classes = new LinkedHashMap<>();
        for (List<String> bundle : Stylesheet.PAGE_BUNDLES.values()) {
            for (String component : bundle) {
                Set<String> names = new TreeSet<>();
                Matcher m = CLASS.matcher(Files.readString(
                        BakedSite.project().resolve("templates/css/components/" + component + ".css")));
                while (m.find()) {
                    names.add(m.group(1));
                }
                classes.put(component, names);
            }
        }
        return classes;
    }

    /** The bundled components a page shows (jsoup reads a template's content, which a script copies in, as markup). */
    static Set<String> shown(Document doc, Map<String, Set<String>> components) {
        Set<String> shown = new TreeSet<>();
        components.forEach((component, names) -> {
            if (names.stream().anyMatch(name -> doc.selectFirst("." + name) != null)) {
                shown.add(component);
            }
        });
        return shown;
    }

    /** A page's problems: a shown component that no linked bundle holds, and a linked bundle that holds none shown. */
    static List<String> problems(Path page, Map<String, Set<String>> components) {
        Document doc = BakedSite.parse(page);
        Set<String> shown = shown(doc, components);
        Set<String> linked = new TreeSet<>();
        Stylesheet.PAGE_BUNDLES.keySet().forEach(bundle -> {
            if (doc.selectFirst("link[rel=stylesheet][href~=^/css/" + bundle + "(\\.[0-9a-f]+)?\\.css$]") != null) {
                linked.add(bundle);
            }
        });
        List<String> found = new ArrayList<>();
        for (String component : shown) {
            if (linked.stream().noneMatch(bundle -> Stylesheet.PAGE_BUNDLES.get(bundle).contains(component))) {
                found.add(BakedSite.sitePath(page) + " shows " + component + " but links no stylesheet that has it");
            }
        }
        for (String bundle : linked) {
            if (Stylesheet.PAGE_BUNDLES.get(bundle).stream().noneMatch(shown::contains)) {
                found.add(BakedSite.sitePath(page) + " links /css/" + bundle + ".css but shows none of its components");
            }
        }
        return found;
    }

    @Test
    void every_page_links_exactly_the_page_stylesheets_whose_components_it_shows() throws IOException {
        Map<String, Set<String>> components = componentClasses();
        List<String> found = new ArrayList<>();
        BakedSite.pages().forEach(page -> found.addAll(problems(page, components)));
        assertEquals(List.of(), found);
        assertTrue(components.get("crisis-actions").contains("app-crisis-actions") && components.get("door").contains("app-door"),
                "the components' classes were not read: " + components);
        // The case this test was written for: a news post's date line (app-post-date) was styled only in home.css.
        Path post = BakedSite.pages().stream().filter(p -> BakedSite.sitePath(p).matches("/news/.+/")).findFirst().orElseThrow();
        assertTrue(BakedSite.parse(post).selectFirst("link[href~=^/css/post]") != null
                && BakedSite.parse(post).selectFirst(".app-post-date time") != null, BakedSite.sitePath(post));
    }

    /** The check can fail both ways: a page that loses its bundle's link, and one that links a bundle it does not use. */
    @Test
    void the_check_names_a_missing_and_an_unused_page_stylesheet() throws IOException {
        Map<String, Set<String>> components = componentClasses();
        Path page = BakedSite.page("/help-now/");
        Document doc = BakedSite.parse(page);
        doc.select("link[href~=^/css/crisis]").remove();
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/css/home.css");
        Path edited = Files.createTempDirectory("bundles").resolve("help-now/index.html");
        Files.createDirectories(edited.getParent());
        Files.writeString(edited, doc.outerHtml());
        List<String> found = problems(edited, components);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).contains("shows crisis-actions but links no stylesheet") && found.get(1).contains("links /css/home.css"),
                found.toString());
    }
}
