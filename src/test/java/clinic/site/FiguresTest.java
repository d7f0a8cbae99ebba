package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import clinic.site.figures.DrawFigures;
import clinic.site.support.BakedSite;

/**
 * The build's pictures (figure::name[], clinic.site.figures, issues 9 and 15): each on the pages it was promised to, with a caption
 * and a text alternative, self-contained, coloured only by design tokens, saying nothing the page does not, and the
 * evidence chart, table and patients' summary showing exactly the numbers of data/evidence.yaml.
 * Browser checks (axe in light and dark, reflow at 320 px) cover these pages with every other page.
 */
class FiguresTest {

    /** Where each figure was promised (issue 9). A new figure must be added here, or the first test fails. */
    static final Map<String, List<String>> PROMISED = new LinkedHashMap<>();

    static {
        PROMISED.put("infusion-timeline", List.of("/patients/during-your-infusion/", "/patients/before-your-infusion/"));
        PROMISED.put("ketamine-mechanism", List.of("/patients/how-ketamine-works/"));
        PROMISED.put("evidence-response-chart", List.of("/physicians/evidence/"));
        PROMISED.put("evidence-table", List.of("/physicians/evidence/"));
        PROMISED.put("evidence-patient-summary", List.of("/patients/conditions/depression/"));
    }

    static final String EVIDENCE_PAGE = "/physicians/evidence/";
    static final String PATIENT_SUMMARY_PAGE = "/patients/conditions/depression/";

    /** data/evidence.yaml, read with a real YAML parser (see {@link #readYaml}). */
    static Map<?, ?> evidence;

    @BeforeAll
    static void readEvidence() throws IOException {
        evidence = (Map<?, ?>) readYaml(BakedSite.project().resolve("data/evidence.yaml"));
    }

    @Test
    void each_figure_is_on_every_page_it_was_promised_to() throws IOException {
        List<String> problems = new ArrayList<>();
        List<String> names = DrawFigures.names();
        assertFalse(names.isEmpty(), "clinic.site.figures.DrawFigures knows no figure");
        for (String name : names) {
            if (!PROMISED.containsKey(name)) {
                problems.add("figure " + name + " exists in DrawFigures but FiguresTest.PROMISED does not say where it goes");
            }
        }
        PROMISED.forEach((name, paths) -> {
            for (String path : paths) {
                int found = BakedSite.parse(BakedSite.page(path)).select("main [data-figure=" + name + "]").size();
                if (found != 1) {
                    problems.add(path + ": expected the figure " + name + " once, found it " + found + " times");
                }
            }
        });
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_figure_has_a_caption_and_a_text_alternative() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            String path = BakedSite.sitePath(page);
            for (Element figure : BakedSite.parse(page).select("figure.app-figure")) {
                String name = path + " " + figure.attr("data-figure");
                Element caption = figure.selectFirst("> figcaption");
                if (caption == null || caption.text().length() < 20) {
                    problems.add(name + ": no figcaption, or one too short to explain the picture");
                }
                Elements svgs = figure.select("svg");
                if (svgs.isEmpty()) {
                    problems.add(name + ": a figure without its SVG picture");
                }
                for (Element svg : svgs) {
                    problems.addAll(textAlternativeProblems(name, svg));
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_figure_svg_is_self_contained_and_coloured_only_through_css_classes() {
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            String path = BakedSite.sitePath(page);
            for (Element svg : BakedSite.parse(page).select("figure.app-figure svg")) {
                String name = path + " " + svg.closest("figure").attr("data-figure");
                if (!svg.select("script, foreignObject, foreignobject, image, iframe, style").isEmpty()) {
                    problems.add(name + ": the SVG contains script, style, an embedded object or an image");
                }
                for (Element el : svg.getAllElements()) {
                    for (Attribute a : el.attributes()) {
                        String key = a.getKey().toLowerCase(Locale.ROOT);
                        if (key.endsWith("href") && !a.getValue().startsWith("#")) {
                            problems.add(name + ": external reference " + key + "=\"" + a.getValue() + "\" on <" + el.tagName() + ">");
                        }
                        boolean colour = key.matches("fill|stroke|color|stop-color") && !a.getValue().equals("none");
                        if (key.startsWith("on") || key.equals("style") || colour) {
                            problems.add(name + ": attribute " + key + " on <" + el.tagName() + "> (use a class from figure.css)");
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_figure_colours_are_the_design_tokens_in_both_schemes() throws IOException {
        String css = Files.readString(BakedSite.project().resolve("templates/css/components/figure.css"), StandardCharsets.UTF_8);
        // Print (black on white) and Windows high contrast (system colours) set their own colours on purpose.
        String screen = withoutAtRule(withoutAtRule(css.replaceAll("(?s)/\\*.*?\\*/", ""), "@media print"), "@media (forced-colors: active)");
        List<String> problems = new ArrayList<>();
        Matcher decl = Pattern.compile("(?<![-\\w])(fill|stroke|color|background|background-color|border-color|border|border-bottom)\\s*:\\s*([^;}]+)").matcher(screen);
        int colourDeclarations = 0;
        while (decl.find()) {
            colourDeclarations++;
            String value = decl.group(2).trim();
            String withoutTokens = value.replaceAll("var\\(--colour-[a-z-]+\\)", "");
            if (withoutTokens.matches("(?s).*(#[0-9a-fA-F]{3,8}|rgb|hsl|\\b(black|white|red|blue|green|grey|gray)\\b).*")
                    || (decl.group(1).matches("fill|stroke|color") && !withoutTokens.matches("\\s*(none|inherit|currentColor)?\\s*"))) {
                problems.add("figure.css: " + decl.group(1) + ": " + value + " is not a colour token (var(--colour-…))");
            }
        }
        assertTrue(colourDeclarations >= 6, "figure.css sets suspiciously few colours: " + colourDeclarations);
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        assertTrue(Files.readString(BakedSite.stylesheet(), StandardCharsets.UTF_8).contains(".app-figure__svg"),
                "figure.css is not bundled into /css/site.css: add \"figure\" to Stylesheet.COMPONENTS (src/main/java/clinic/site/output/Stylesheet.java)");
    }

    @Test
    void the_evidence_chart_draws_exactly_the_response_rates_of_data_evidence_yaml() {
        Element chart = figure(EVIDENCE_PAGE, "evidence-response-chart");
        Element svg = chart.selectFirst("svg");
        double plotWidth = Double.parseDouble(svg.attr("viewBox").split("\\s+")[2]);
        List<Map<?, ?>> expected = trials().stream().filter(t -> t.get("response") != null).toList();
        Elements drawn = chart.select("g.app-figure__trial");
        assertFalse(expected.isEmpty(), "data/evidence.yaml has no trial with response rates");
        assertEquals(expected.stream().map(t -> t.get("study") + ": " + t.get("group")).toList(),
                drawn.stream().map(g -> g.selectFirst("text").text()).toList(),
                EVIDENCE_PAGE + ": the chart's trials differ from the trials with response rates in data/evidence.yaml");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Map<?, ?> t = expected.get(i);
            Map<?, ?> response = (Map<?, ?>) t.get("response");
            Element g = drawn.get(i);
            String where = EVIDENCE_PAGE + " chart, " + t.get("study") + ": ";
            if (!g.select("text").eachText().contains("N = " + number(t.get("n")))) {
                problems.add(where + "trial size is not N = " + number(t.get("n")));
            }
            if (t.get("n_note") != null && !g.select("text").eachText().contains(String.valueOf(t.get("n_note")))) {
                problems.add(where + "the chart does not say what N counts: " + t.get("n_note"));
            }
            for (String arm : List.of("ketamine", "comparator")) {
                Object value = response.get(arm);
                Element bar = g.selectFirst("rect.app-figure__bar[data-arm=" + arm + "]");
                if (bar == null) {
                    problems.add(where + "no " + arm + " bar");
                    continue;
                }
                if (!sameNumber(bar.attr("data-value"), value)) {
                    problems.add(where + arm + " bar is marked " + bar.attr("data-value") + ", data says " + number(value));
                }
                double width = Double.parseDouble(bar.attr("width"));
                double wanted = ((Number) value).doubleValue() * plotWidth / 100;
                if (Math.abs(width - wanted) > 0.01) {
                    problems.add(where + arm + " bar is " + width + " units long; " + number(value) + "% of " + plotWidth + " is " + wanted);
                }
            }
            // Trials define response differently (issue 14): each says under its name what its two rates count.
            Element definition = g.selectFirst(".app-figure__definition");
            String wanted = response.get("measure") + ": " + response.get("definition");
            if (definition == null || !definition.text().equals(wanted) || !svg.selectFirst("desc").text().contains(String.valueOf(response.get("definition")))) {
                problems.add(where + "the chart does not say what its rates count: expected \"" + wanted + "\" under the trial and in the text alternative");
            }
            List<String> printed = g.select("text").stream().filter(x -> x.closest(".app-figure__definition") == null)
                    .map(Element::text).filter(x -> x.endsWith("%")).toList();
            if (!printed.equals(List.of(number(response.get("ketamine")) + "%", number(response.get("comparator")) + "%"))) {
                problems.add(where + "the printed rates " + printed + " differ from the data");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_evidence_table_shows_every_trial_of_data_evidence_yaml_with_the_same_numbers() {
        Document doc = BakedSite.parse(BakedSite.page(EVIDENCE_PAGE));
        Element table = figure(EVIDENCE_PAGE, "evidence-table");
        assertEquals(List.of("Study", "Design", "N", "Dose and schedule", "Main outcome"), table.select("thead th[scope=col]").eachText(),
                EVIDENCE_PAGE + ": the table's column headers changed");
        Elements rows = table.select("tbody tr:has(> th[scope=row])");
        assertEquals(trials().stream().map(t -> "#" + t.get("cite")).toList(), rows.stream().map(r -> r.selectFirst("a").attr("href")).toList(),
                EVIDENCE_PAGE + ": the table's rows (by their reference links) differ from the trials in data/evidence.yaml");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<?, ?> t = trials().get(i);
            Element row = rows.get(i);
            String where = EVIDENCE_PAGE + " table, " + t.get("study") + ": ";
            Elements cells = row.select("> th, > td");
            if (cells.size() != 5) {
                problems.add(where + "expected 5 cells, found " + cells.size());
                continue;
            }
            if (!cells.get(0).text().equals(String.valueOf(t.get("study")))) {
                problems.add(where + "study cell reads " + cells.get(0).text());
            }
            String cite = String.valueOf(t.get("cite"));
            if (cells.get(0).select("a[href=#" + cite + "]").isEmpty() || doc.select(".bibliography a[id=" + cite + "]").isEmpty()) {
                problems.add(where + "no citation link to reference " + cite + " in the page's reference list");
            }
            if (!cells.get(2).text().equals(number(t.get("n")))) {
                problems.add(where + "N reads " + cells.get(2).text() + ", data says " + number(t.get("n")));
            }
            Map<?, ?> response = (Map<?, ?>) t.get("response");
            Elements values = cells.get(4).select("[data-arm]");
            if (response == null) {
                if (!values.isEmpty()) {
                    problems.add(where + "shows response rates that the data does not have");
                }
                continue;
            }
            for (String arm : List.of("ketamine", "comparator")) {
                Element v = cells.get(4).selectFirst("[data-arm=" + arm + "]");
                String shown = number(response.get(arm)) + "%";
                if (v == null || !sameNumber(v.attr("data-value"), response.get(arm)) || !v.text().equals(shown)) {
                    problems.add(where + arm + " response is not shown as " + shown);
                }
            }
            if (!cells.get(4).text().contains("(" + response.get("comparator_name") + ")")) {
                problems.add(where + "the comparator " + response.get("comparator_name") + " is not named");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void the_patients_summary_counts_the_people_of_the_trial_named_in_data_evidence_yaml() {
        String cite = String.valueOf(evidence.get("patient_summary"));
        Map<?, ?> t = trials().stream().filter(x -> cite.equals(x.get("cite"))).findFirst()
                .orElseThrow(() -> new AssertionError("data/evidence.yaml: patient_summary " + cite + " is not a trial"));
        Map<?, ?> response = (Map<?, ?>) t.get("response");
        Element figure = figure(PATIENT_SUMMARY_PAGE, "evidence-patient-summary");
        List<String> problems = new ArrayList<>();
        for (String arm : List.of("ketamine", "comparator")) {
            Element group = figure.selectFirst("g.app-figure__dots[data-arm=" + arm + "]");
            long expected = Math.round(((Number) response.get(arm)).doubleValue());
            if (group == null) {
                problems.add(PATIENT_SUMMARY_PAGE + ": no dots for " + arm);
                continue;
            }
            int filled = group.select("circle.app-figure__dot--filled").size();
            int all = group.select("circle.app-figure__dot").size();
            if (!sameNumber(group.attr("data-value"), response.get(arm)) || filled != expected || all != 100) {
                problems.add(PATIENT_SUMMARY_PAGE + ": " + arm + " shows " + filled + " of " + all + " dots filled; data says "
                        + number(response.get(arm)) + "%, so " + expected + " of 100");
            }
            if (!group.text().contains("about " + expected + " in 100")) {
                problems.add(PATIENT_SUMMARY_PAGE + ": " + arm + " label does not say about " + expected + " in 100: " + group.text());
            }
        }
        if (!figure.selectFirst("figcaption").text().contains(number(t.get("n")) + " people")) {
            problems.add(PATIENT_SUMMARY_PAGE + ": the caption does not give the trial's size, " + number(t.get("n")) + " people");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void every_number_in_a_picture_is_also_in_the_page_text() {
        // "No picture carries information the text does not": a number drawn in an SVG (a duration, a rate, a trial
        // size) must also be written in the page outside the pictures. The timeline's step numbers are not facts.
        Pattern numberPattern = Pattern.compile("\\d+(?:\\.\\d+)?");
        List<String> problems = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Document doc = BakedSite.parse(page);
            if (doc.select("figure.app-figure svg").isEmpty()) {
                continue;
            }
            Element main = doc.selectFirst("main").clone();
            main.select("svg").remove();
            List<String> pageNumbers = new ArrayList<>();
            Matcher pm = numberPattern.matcher(main.text());
            while (pm.find()) {
                pageNumbers.add(pm.group());
            }
            for (Element svg : doc.select("figure.app-figure svg")) {
                Element drawn = svg.clone();
                drawn.select("desc, .app-figure__marker-number").remove();
                Matcher m = numberPattern.matcher(String.join(" ", drawn.select("text").eachText()));
                while (m.find()) {
                    if (!pageNumbers.contains(m.group())) {
                        problems.add(BakedSite.sitePath(page) + " " + svg.closest("figure").attr("data-figure")
                                + ": the picture shows " + m.group() + ", which the page's text never mentions");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    // ------------------------------------------------------------------------------------------------------------

    /** Problems with an SVG's role and accessible name: role="img", named by its own <desc>, which says it all. */
    private static List<String> textAlternativeProblems(String name, Element svg) {
        List<String> problems = new ArrayList<>();
        if (!svg.attr("role").equals("img")) {
            problems.add(name + ": the SVG lacks role=\"img\"");
        }
        String[] ids = svg.attr("aria-labelledby").trim().split("\\s+");
        StringBuilder accessibleName = new StringBuilder();
        for (String id : ids) {
            Element label = id.isEmpty() ? null : svg.selectFirst("[id=" + id + "]");
            if (label == null || !label.tagName().equals("desc")) {
                problems.add(name + ": aria-labelledby id '" + id + "' is not a <desc> inside the SVG");
            } else {
                accessibleName.append(label.text()).append(' ');
            }
        }
        if (svg.select("> desc").text().length() < 60) {
            problems.add(name + ": the SVG needs a <desc> that says in words what it shows");
        }
        if (!svg.select("title").isEmpty()) {
            problems.add(name + ": an SVG <title> would be a second <title> on the page; name the picture with its <desc>");
        }
        // The name must carry the picture's words: every word drawn in the picture is also in its description.
        String said = accessibleName.toString().toLowerCase(Locale.ROOT);
        for (Element text : svg.select("text")) {
            Matcher word = Pattern.compile("[A-Za-z]{3,}").matcher(text.text());
            while (word.find()) {
                if (!said.contains(word.group().toLowerCase(Locale.ROOT))) {
                    problems.add(name + ": the picture says \"" + text.text() + "\", but its description lacks \"" + word.group() + "\"");
                }
            }
        }
        return problems;
    }

    private static Element figure(String path, String name) {
        Element figure = BakedSite.parse(BakedSite.page(path)).selectFirst("[data-figure=" + name + "]");
        assertTrue(figure != null, path + ": no figure " + name);
        return figure;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> trials() {
        return (List<Map<?, ?>>) evidence.get("trials");
    }

    /** A number as the site prints it: 55.4 stays 55.4, 67.0 and 67 are 67; text (such as "60 studies") as it is. */
    private static String number(Object value) {
        return value instanceof Number ? new BigDecimal(value.toString()).stripTrailingZeros().toPlainString() : String.valueOf(value);
    }

    private static boolean sameNumber(String attribute, Object value) {
        try {
            return new BigDecimal(attribute).compareTo(new BigDecimal(value.toString())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** The CSS without an at-rule block such as "@media print { ... }" (braces balanced). */
    private static String withoutAtRule(String css, String prelude) {
        int start = css.indexOf(prelude);
        if (start < 0) {
            return css;
        }
        int depth = 0;
        for (int i = css.indexOf('{', start); i < css.length(); i++) {
            if (css.charAt(i) == '{') {
                depth++;
            } else if (css.charAt(i) == '}' && --depth == 0) {
                return withoutAtRule(css.substring(0, start) + css.substring(i + 1), prelude);
            }
        }
        return css.substring(0, start);
    }

    /**
     * Reads a YAML file with SnakeYAML's safe loader (on the classpath: JBake reads data/ with it), independently of the
     * templates, without starting a Ruby runtime (which took this test from milliseconds to seconds). Maps come back as
     * java.util.Map with string keys, lists as List, numbers as Integer, Long or Double.
     */
    static Object readYaml(Path file) throws IOException {
        return plainJava(new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** Copies maps and lists into plain Java ones with string keys. */
    private static Object plainJava(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), plainJava(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(FiguresTest::plainJava).toList();
        }
        return value;
    }
}
