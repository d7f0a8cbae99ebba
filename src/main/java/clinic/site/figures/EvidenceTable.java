package clinic.site.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import clinic.site.model.Messages;

/**
 * The physicians' table of key trials and reviews, grouped by condition, one row per trial of data/evidence.yaml.
 * A plain table, not a <figure>: the section heading above it names it, and it keeps Asciidoctor's table class, so
 * it looks and scrolls (on a phone) like every other table of the site.
 */
final class EvidenceTable implements Figure {

    @Override
    public String name() {
        return "evidence-table";
    }

    @Override
    public String draw(PageContext page, String id) {
        Evidence ev = Evidence.read(page);
        Evidence.check(ev.trials, page, page.file());
        List<Evidence.Trial> trials = ev.trials.stream().filter(Evidence::complete).toList();
        List<String> groups = new ArrayList<>();
        trials.stream().map(Evidence.Trial::group).filter(g -> !groups.contains(g)).forEach(groups::add);
        // Three levels of headers (column, condition group, study): besides scope, every cell names its headers by
        // id, which assistive technology reads without guessing how far a rowgroup header reaches.
        String col = id + "-";
        StringBuilder out = new StringBuilder("<table class=\"tableblock\" data-figure=\"evidence-table\">\n<thead><tr>");
        Messages messages = page.messages();
        String[][] columns = {{"study", messages.get("evidence_table.study")}, {"design", messages.get("evidence_table.design")},
                {"n", messages.get("evidence_table.n")}, {"dose", messages.get("evidence_table.dose")},
                {"outcome", messages.get("evidence_table.outcome")}};
        for (String[] c : columns) {
            out.append("<th scope=\"col\" id=\"").append(col).append(c[0]).append("\">").append(c[1]).append("</th>");
        }
        out.append("</tr></thead>\n");
        for (int gi = 0; gi < groups.size(); gi++) {
            String g = groups.get(gi);
            String group = id + "-g" + (gi + 1);
            out.append("<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"5\" id=\"").append(group).append("\">")
                    .append(Svg.escape(g)).append("</th></tr>\n");
            List<Evidence.Trial> inGroup = trials.stream().filter(t -> t.group().equals(g)).toList();
            for (int i = 0; i < inGroup.size(); i++) {
                Evidence.Trial t = inGroup.get(i);
                String row = group + "-" + (i + 1);
                String cells = group + " " + row;
                out.append("<tr>\n<th scope=\"row\" id=\"").append(row).append("\" headers=\"").append(col)
                        .append("study ").append(group).append("\"><a href=\"#").append(Svg.escape(t.cite())).append("\">")
                        .append(Svg.escape(t.study())).append("</a></th>\n")
                        .append("<td headers=\"").append(col).append("design ").append(cells).append("\">")
                        .append(Svg.escape(t.design())).append("</td>\n")
                        .append("<td headers=\"").append(col).append("n ").append(cells).append("\">")
                        .append(Svg.escape(t.n())).append("</td>\n")
                        .append("<td headers=\"").append(col).append("dose ").append(cells).append("\">")
                        .append(Svg.escape(t.dose())).append("</td>\n")
                        .append("<td headers=\"").append(col).append("outcome ").append(cells).append("\">")
                        .append(outcome(t, messages)).append(" ")
                        .append(messages.get("evidence_table.measure", Map.of("measure", Svg.escape(t.measure())))).append("</td>\n")
                        .append("</tr>\n");
            }
            out.append("</tbody>\n");
        }
        return out.append("</table>\n").toString();
    }

    /** A trial's main-outcome text as HTML: {response} written from the numbers, *word* in bold. */
    static String outcome(Evidence.Trial t, Messages messages) {
        StringBuilder out = new StringBuilder();
        String[] pieces = t.outcome().split("\\{response\\}", -1);
        for (int i = 0; i < pieces.length; i++) {
            if (i > 0) {
                out.append(responseText(t.response(), messages));
            }
            out.append(bold(pieces[i]));
        }
        return out.toString();
    }

    /** "Response 55.4% (ketamine) vs 41.2% (ECT)", each rate marked with its value for the tests. */
    private static String responseText(Evidence.Response r, Messages messages) {
        return messages.get("evidence_table.response", Map.of("measure", Svg.escape(r.measure()),
                "ketamine", "<span data-arm=\"ketamine\" data-value=\"" + Svg.number(r.ketamine()) + "\">"
                        + Svg.percent(r.ketamine()) + "</span>",
                "comparator", "<span data-arm=\"comparator\" data-value=\"" + Svg.number(r.comparator()) + "\">"
                        + Svg.percent(r.comparator()) + "</span>",
                "comparator_name", Svg.escape(r.comparatorName())));
    }

    /** Plain text with *word* shown as <strong>word</strong>; everything escaped. */
    private static String bold(String text) {
        StringBuilder out = new StringBuilder();
        String[] pieces = text.split("\\*", -1);
        for (int i = 0; i < pieces.length; i++) {
            out.append(i % 2 == 1 ? "<strong>" + Svg.escape(pieces[i]) + "</strong>" : Svg.escape(pieces[i]));
        }
        return out.toString();
    }
}
