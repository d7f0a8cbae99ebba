package clinic.site.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import clinic.site.model.Messages;

/**
 * For each trial of data/evidence.yaml with response rates, a bar for ketamine (solid) and for its comparator
 * (outlined) on a 0 to 100% track, each labelled with its rate. Every trial's group is drawn at y = 0 and moved.
 * Words from data/figures/evidence-response-chart.yaml.
 */
final class EvidenceResponseChart implements Figure {

    private static final BigDecimal SCALE = BigDecimal.valueOf(Svg.WIDTH).divide(BigDecimal.valueOf(100));

    @Override
    public String name() {
        return "evidence-response-chart";
    }

    @Override
    public String draw(PageContext page, String id) {
        DataFile.Value data = page.figureData(name());
        String captionTitle = page.words(data.get("caption").get("title"), "title: Response rates.", Map.of());
        String captionText = page.words(data.get("caption").get("text"), "text: Each track runs from 0 to 100%.", Map.of());
        String summary = page.words(data.get("summary"), "summary: Bar chart of response rates.", Map.of());
        Evidence ev = Evidence.read(page);
        List<Evidence.Trial> trials = ev.responding();
        Evidence.check(trials, page, page.file());
        trials = trials.stream().filter(Evidence::complete).toList();
        Messages messages = page.messages();
        StringBuilder desc = new StringBuilder();
        List<List<String>> definitions = new ArrayList<>();
        List<Integer> tops = new ArrayList<>();
        int y = 0;
        for (Evidence.Trial t : trials) {
            Evidence.Response r = t.response();
            List<String> definition = Svg.wrap(r.measure() + ": " + r.definition(), 34);
            definitions.add(definition);
            tops.add(y);
            y += 150 + definition.size() * 20;
            desc.append(messages.plain("evidence_response_chart.trial", Map.of("study", t.study(), "group", t.group(),
                    "n", t.n() + (t.nNote() != null ? " " + t.nNote() : ""), "measure", r.measure().toLowerCase(Locale.ROOT),
                    "definition", r.definition(), "ketamine", Svg.percent(r.ketamine()),
                    "comparator", Svg.percent(r.comparator()), "comparator_name", r.comparatorName()))).append(' ');
        }
        StringBuilder out = new StringBuilder("<figure class=\"app-figure\" data-figure=\"evidence-response-chart\">\n");
        Svg.caption(out, captionTitle, Svg.escape(captionText));
        Svg.start(out, id, y - 8, summary, desc.toString().trim());
        for (int i = 0; i < trials.size(); i++) {
            Evidence.Trial t = trials.get(i);
            Evidence.Response r = t.response();
            List<String> definition = definitions.get(i);
            String n = messages.plain("evidence_response_chart.n", Map.of("n", t.n()));
            out.append("<g class=\"app-figure__trial\" transform=\"translate(0 ").append(tops.get(i)).append(")\">\n")
                    .append("<text class=\"app-figure__label\" x=\"0\" y=\"16\">").append(Svg.escape(t.study() + ": " + t.group()))
                    .append("</text>\n<text class=\"app-figure__note\" x=\"0\" y=\"37\">").append(Svg.escape(n)).append("</text>\n");
            // n_note is its own <text>, placed after "N = n" (about 9 units a character), so the N stays a text of its own.
            if (t.nNote() != null) {
                out.append("<text class=\"app-figure__note\" x=\"").append(n.length() * 9 + 6)
                        .append("\" y=\"37\">").append(Svg.escape(t.nNote())).append("</text>");
            }
            out.append("\n<g class=\"app-figure__definition\" data-definition=\"").append(Svg.escape(r.definition())).append("\">");
            Svg.textLines(out, definition, 0, 57, "app-figure__note", "");
            out.append("</g>\n");
            String[][] arms = {{"ketamine", messages.plain("figure.ketamine", Map.of()), "app-figure__accent"},
                    {"comparator", capitalized(r.comparatorName()), "app-figure__paper app-figure__line"}};
            for (int a = 0; a < arms.length; a++) {
                BigDecimal rate = a == 0 ? r.ketamine() : r.comparator();
                out.append("<g transform=\"translate(0 ").append(48 + definition.size() * 20 + a * 50).append(")\">\n")
                        .append("<text x=\"0\" y=\"16\">").append(Svg.escape(arms[a][1])).append("</text>\n")
                        .append("<text class=\"app-figure__label\" x=\"288\" y=\"16\" text-anchor=\"end\">")
                        .append(Svg.percent(rate)).append("</text>\n")
                        .append("<rect class=\"app-figure__surface\" x=\"0\" y=\"23\" width=\"288\" height=\"18\"/>\n")
                        .append("<rect class=\"app-figure__bar ").append(arms[a][2]).append("\" x=\"0\" y=\"23\" width=\"")
                        .append(Svg.number(rate.multiply(SCALE))).append("\" height=\"18\" data-arm=\"").append(arms[a][0])
                        .append("\" data-value=\"").append(Svg.number(rate)).append("\"/>\n</g>\n");
            }
            out.append("</g>\n");
        }
        return out.append("</svg>\n</figure>\n").toString();
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }
}
