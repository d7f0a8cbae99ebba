package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.BakedSite;

/**
 * One name per component (issue 15): the macro that writes a component (camelCase, careCard), its class (app-care-card),
 * its stylesheet (templates/css/components/care-card.css) and its test (which names the class) share the name; no
 * stylesheet is shipped for a component no macro writes, and no class in any stylesheet is missing from every page
 * and script (dead CSS); every tel: link of the templates is made by one macro (telLink) and the crisis line by one
 * (crisisLine). The rules are checked on the project and, to prove each can fail, on copies with a planted mistake.
 */
class ComponentNamesTest {

    /** Components not written by a FreeMarker macro: name -> what writes them. */
    static final Map<String, String> NOT_FROM_TEMPLATES = Map.of(
            "figure", "the AsciiDoc block macro figure::name[] (src/main/java/clinic/site/figures)");

    /** Classes no page of the public bake shows, only a state that the tests' bake does not reach: class -> when. */
    static final Map<String, String> CONDITIONAL = Map.of(
            "app-draft-banner", "drafts exist only in the preview",
            "app-article-list__draft", "drafts are listed only in the preview (site.preview; PreviewIT checks it)",
            "app-review-dates__due-soon", "only while a page's review falls due within site.review_warning_days"
                    + " (ContentChecksTest bakes one)",
            "app-language-link", "only on a page with a published translation (PageLanguageIT bakes a pair)");

    @Test
    void the_project_keeps_one_name_per_component() {
        Path p = BakedSite.project();
        assertEquals(List.of(), problems(p.resolve("templates"), p.resolve("src/test/java"), BakedSite.root(),
                p.resolve("assets/js")));
    }

    @Test
    void a_planted_dead_stylesheet_fails(@TempDir Path copy) throws IOException {
        Path p = BakedSite.project();
        Path templates = copyOf(p.resolve("templates"), copy.resolve("templates"));
        Files.writeString(templates.resolve("css/components/callout.css"), ".app-callout { border: 1px solid; }\n");
        List<String> found = problems(templates, p.resolve("src/test/java"), BakedSite.root(), p.resolve("assets/js"));
        assertTrue(found.contains("templates/css/components/callout.css: no macro callout writes class app-callout:"
                + " a stylesheet for a component that is never rendered. Remove the file (or write the macro)."), found.toString());
        assertTrue(found.contains("templates/css/components/callout.css: .app-callout is in no page and no script of the"
                + " baked site (dead CSS). Remove the rule."), found.toString());
    }

    @Test
    void a_planted_component_without_its_stylesheet_or_named_otherwise_fails(@TempDir Path copy) throws IOException {
        Path p = BakedSite.project();
        Path templates = copyOf(p.resolve("templates"), copy.resolve("templates"));
        Path components = templates.resolve("lib/components.ftl");
        Files.writeString(components, Files.readString(components) + """

                <#-- quoteBox: a pulled quote. -->
                <#macro quoteBox>
                <blockquote class="app-quote-box"><#nested></blockquote>
                </#macro>

                <#-- tipCard: a tip. -->
                <#macro tipCard>
                <div class="app-tip"><#nested> Call <a href="tel:988">988</a>.</div>
                </#macro>
                """);
        List<String> found = problems(templates, p.resolve("src/test/java"), BakedSite.root(), p.resolve("assets/js"));
        assertTrue(found.contains("templates/lib/components.ftl: macro quoteBox writes class app-quote-box, but there is"
                + " no templates/css/components/quote-box.css. Give the component its stylesheet."), found.toString());
        assertTrue(found.contains("templates/lib/components.ftl: macro quoteBox writes class app-quote-box, which no test"
                + " under src/test/java names. Test the component by its name."), found.toString());
        assertTrue(found.contains("templates/lib/components.ftl: macro tipCard writes class app-tip: name the macro"
                + " after its class (tip) or the class after the macro (app-tip-card)."), found.toString());
        assertTrue(found.contains("templates/lib/components.ftl: macro tipCard writes a tel: link itself; use"
                + " <@c.telLink>, the one macro that makes them."), found.toString());
    }

    // ------------------------------------------------------------------------------------------------------------

    /** A component macro: its root element's first class is app-NAME (after any directives and captured links). */
    private static final Pattern MACRO = Pattern.compile(
            "<#macro (\\w+)[^>]*>\\s*(?:<#local \\w+>.*?</#local>(?:<#t>)?\\s*|<#[^>]*>\\s*)*<[a-z]+[^>]*?class=\"app-([a-z0-9-]+)");
    private static final Pattern ANY_MACRO = Pattern.compile("<#macro (\\w+)[^>]*>(.*?)</#macro>", Pattern.DOTALL);

    /** Every break of the naming rules, one line each. */
    static List<String> problems(Path templates, Path tests, Path site, Path scripts) {
        List<String> problems = new ArrayList<>();
        // This test names planted classes of its own: it does not count as a component's test.
        String testText = files(tests, ".java").stream().filter(f -> !f.endsWith("ComponentNamesTest.java"))
                .map(ComponentNamesTest::read).collect(Collectors.joining("\n"));
        Set<String> macros = new TreeSet<>();
        for (Path ftl : files(templates, ".ftl")) {
            String text = read(ftl);
            String where = "templates/" + templates.relativize(ftl).toString().replace('\\', '/');
            Matcher any = ANY_MACRO.matcher(text);
            while (any.find()) {
                String name = any.group(1);
                macros.add(name);
                String body = any.group(2);
                if (body.contains("href=\"tel:") && !name.equals("telLink")) {
                    problems.add(where + ": macro " + name + " writes a tel: link itself; use <@c.telLink>, the one"
                            + " macro that makes them.");
                }
                if (body.contains("class=\"app-crisis-line\"") && !name.equals("crisisLine")) {
                    problems.add(where + ": macro " + name + " writes the crisis line itself; use <@c.crisisLine>.");
                }
                Matcher component = MACRO.matcher(any.group());
                if (component.lookingAt()) {
                    String cls = component.group(2);
                    if (!kebab(name).equals(cls)) {
                        problems.add(where + ": macro " + name + " writes class app-" + cls + ": name the macro after"
                                + " its class (" + camel(cls) + ") or the class after the macro (app-" + kebab(name) + ").");
                        continue;
                    }
                    if (!Files.isRegularFile(templates.resolve("css/components/" + cls + ".css"))) {
                        problems.add(where + ": macro " + name + " writes class app-" + cls + ", but there is no"
                                + " templates/css/components/" + cls + ".css. Give the component its stylesheet.");
                    }
                    if (!testText.contains("app-" + cls)) {
                        problems.add(where + ": macro " + name + " writes class app-" + cls + ", which no test under"
                                + " src/test/java names. Test the component by its name.");
                    }
                }
            }
            // Outside every macro, a template may not write a tel: link or the crisis line either.
            String outside = ANY_MACRO.matcher(text).replaceAll("");
            if (outside.contains("href=\"tel:")) {
                problems.add(where + ": writes a tel: link outside a macro; use <@c.telLink>.");
            }
        }
        Set<String> siteClasses = siteClasses(site);
        String js = readAll(scripts, ".js");
        for (Path css : files(templates.resolve("css"), ".css")) {
            String where = "templates/" + templates.relativize(css).toString().replace('\\', '/');
            String name = css.getFileName().toString().replace(".css", "");
            boolean component = css.getParent().getFileName().toString().equals("components");
            if (component && !NOT_FROM_TEMPLATES.containsKey(name) && !macros.contains(camel(name))) {
                problems.add(where + ": no macro " + camel(name) + " writes class app-" + name + ": a stylesheet for a"
                        + " component that is never rendered. Remove the file (or write the macro).");
            }
            for (String cls : classesIn(read(css))) {
                if (!siteClasses.contains(cls) && !js.contains(cls) && !CONDITIONAL.containsKey(cls)) {
                    problems.add(where + ": ." + cls + " is in no page and no script of the baked site (dead CSS)."
                            + " Remove the rule.");
                }
            }
        }
        return problems;
    }

    /** The class names a stylesheet's selectors use (comments and declarations left out). */
    static Set<String> classesIn(String css) {
        String selectors = css.replaceAll("/\\*[\\s\\S]*?\\*/", "").replaceAll("\\{[^{}]*\\}", "{}");
        Set<String> classes = new TreeSet<>();
        Matcher m = Pattern.compile("\\.([a-zA-Z][\\w-]*)").matcher(selectors);
        while (m.find()) {
            classes.add(m.group(1));
        }
        return classes;
    }

    /** Every class on an element of a baked page. */
    static Set<String> siteClasses(Path site) {
        Set<String> classes = new TreeSet<>();
        for (Path page : files(site, ".html")) {
            Jsoup.parse(read(page)).select("[class]").forEach(e -> classes.addAll(e.classNames()));
        }
        return classes;
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    static String camel(String kebab) {
        return Pattern.compile("-([a-z0-9])").matcher(kebab).replaceAll(m -> m.group(1).toUpperCase());
    }

    private static List<Path> files(Path dir, String ext) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(f -> f.toString().endsWith(ext)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readAll(Path dir, String ext) {
        return files(dir, ext).stream().map(ComponentNamesTest::read).collect(Collectors.joining("\n"));
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path copyOf(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path f : s.toList()) {
                Path t = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(f, t);
                }
            }
        }
        return to;
    }
}
