package clinic.site.figures;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The leading theory of how ketamine may ease depression, as boxes joined by arrows inside a frame labelled as a
 * theory. Words from data/figures/ketamine-mechanism.yaml.
 */
final class KetamineMechanism implements Figure {

    /** The most characters of one line that fit a box (260 units of 16-unit text). */
    static final int LINE = 28;
    private static final int STEP = 84;

    @Override
    public String name() {
        return "ketamine-mechanism";
    }

    @Override
    public String draw(PageContext page, String id) {
        DataFile.Value data = page.figureData(name());
        String captionTitle = page.words(data.get("caption").get("title"), "title: How ketamine may ease depression.", Map.of());
        String captionText = page.words(data.get("caption").get("text"), "text: This is the leading theory.", Map.of());
        List<String> label = lines(data.get("frame").get("label"), page, "label: A theory, mostly from / animal studies");
        String note = page.words(data.get("frame").get("note"), "note: Not proven in people", Map.of());
        String description = page.words(data.get("description"), "description: A theory, not proven in people.", Map.of());
        List<List<String>> steps = new ArrayList<>();
        for (DataFile.Value s : data.get("steps").list("- Ketamine blocks / NMDA receptors")) {
            steps.add(lines(s, page, "- Ketamine blocks / NMDA receptors"));
        }
        String summary = page.words(data.get("summary"), "summary: \"How ketamine may work: a theory in {steps} steps.\"",
                Map.of("steps", String.valueOf(steps.size())));
        int height = 92 + steps.size() * STEP - 16;
        StringBuilder desc = new StringBuilder(description).append(' ');
        for (int i = 0; i < steps.size(); i++) {
            desc.append(i + 1).append(". ").append(String.join(" ", steps.get(i))).append(". ");
        }
        StringBuilder out = new StringBuilder("<figure class=\"app-figure\" data-figure=\"ketamine-mechanism\">\n");
        Svg.caption(out, captionTitle, Svg.escape(captionText));
        Svg.start(out, id, height, summary, desc.toString().trim());
        out.append("<rect class=\"app-figure__surface\" x=\"1\" y=\"1\" width=\"286\" height=\"74\" rx=\"8\"/>\n")
                .append("<rect class=\"app-figure__line\" x=\"1\" y=\"1\" width=\"286\" height=\"").append(height - 2)
                .append("\" rx=\"8\" fill=\"none\" stroke-dasharray=\"6 4\"/>\n");
        Svg.textLines(out, label, 144, 28, "app-figure__label", "middle");
        out.append("<text x=\"144\" y=\"66\" text-anchor=\"middle\">").append(Svg.escape(note)).append("</text>\n");
        for (int i = 0; i < steps.size(); i++) {
            out.append("<g transform=\"translate(0 ").append(92 + i * STEP).append(")\">\n")
                    .append("<rect class=\"app-figure__paper app-figure__outline\" x=\"14\" y=\"0\" width=\"260\" height=\"54\" rx=\"6\"/>\n");
            Svg.textLines(out, steps.get(i), 144, 23, "app-figure__label", "middle");
            out.append(i + 1 < steps.size() ? "<path class=\"app-figure__line\" d=\"M144 58V78M137 71l7 7 7-7\" fill=\"none\"/>" : "")
                    .append("\n</g>\n");
        }
        return out.append("</svg>\n</figure>\n").toString();
    }

    /** The lines of a box: the text split at " / "; one or two lines, each short enough for the box. */
    private static List<String> lines(DataFile.Value value, PageContext page, String example) {
        List<String> lines = Arrays.stream(page.words(value, example, Map.of()).split(" / ")).map(String::strip).toList();
        if (lines.size() > 2) {
            value.problem("has " + lines.size() + " lines; a box holds two. Shorten it (\" / \" starts the second line).");
        }
        for (String line : lines) {
            if (line.length() > LINE) {
                value.problem("has the line '" + line + "' (" + line.length() + " characters); at most " + LINE
                        + " fit a box. Shorten it or split it with \" / \".");
            }
        }
        return lines;
    }
}
