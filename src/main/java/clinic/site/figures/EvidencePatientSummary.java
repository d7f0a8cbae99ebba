package clinic.site.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import clinic.site.model.Messages;

/**
 * For patients, the trial named by `patient_summary` in data/evidence.yaml as two groups of 100 dots, filled for the
 * people who responded, for ketamine and for the comparator. The page calls it the largest trial, so a larger trial
 * of the same condition with response rates is a mistake. Words from data/figures/evidence-patient-summary.yaml.
 */
final class EvidencePatientSummary implements Figure {

    private static final int LEGEND_Y = 202;

    @Override
    public String name() {
        return "evidence-patient-summary";
    }

    @Override
    public String draw(PageContext page, String id) {
        DataFile.Value data = page.figureData(name());
        Evidence ev = Evidence.read(page);
        Evidence.Trial t = ev.trials.stream().filter(x -> x.cite() != null && x.cite().equals(ev.patientSummary))
                .findFirst().orElse(null);
        if (t == null || t.response() == null || t.response().plain() == null) {
            ev.patientSummaryValue.report("field 'patient_summary' must name the cite of a trial with 'response:'"
                    + " numbers and a 'response.plain' wording (now: '" + (ev.patientSummary == null ? "" : ev.patientSummary) + "').");
            return "";
        }
        Evidence.check(List.of(t), page, page.file());
        if (!Evidence.complete(t) || !page.references().containsKey(t.cite())) {
            return "";
        }
        for (Evidence.Trial larger : ev.responding()) {
            if (t.group().equals(larger.group()) && larger.nIsNumber() && new BigDecimal(larger.n()).compareTo(new BigDecimal(t.n())) > 0) {
                larger.data().get("n").report(larger.where() + "N = " + larger.n() + " is now larger than " + t.study()
                        + ", which the patients' summary and its page call the largest trial. Update the page and"
                        + " 'patient_summary'.");
            }
        }
        Evidence.Response r = t.response();
        long ketamine = r.ketamine().setScale(0, RoundingMode.HALF_UP).longValueExact();
        long comparator = r.comparator().setScale(0, RoundingMode.HALF_UP).longValueExact();
        String citation = "<a href=\"#" + Svg.escape(t.cite()) + "\">" + Svg.escape(page.references().get(t.cite())) + "</a>";
        String marker = "\u0000citation\u0000"; // the link is HTML: put in after the words are escaped
        String captionTitle = page.words(data.get("caption").get("title"), "title: How many people were helped a lot?", Map.of());
        String captionText = Svg.escape(page.words(data.get("caption").get("text"), "text: In the largest recent trial, {n} people had ketamine.",
                Map.of("n", t.n(), "comparator", r.comparatorName(), "citation", marker))).replace(marker, citation);
        String summary = page.words(data.get("summary"), "summary: \"How many in 100 people were helped a lot: about {ketamine} with ketamine.\"",
                Map.of("ketamine", String.valueOf(ketamine), "comparator_count", String.valueOf(comparator), "comparator", r.comparatorName()));
        String notHelped = page.words(data.get("not_helped"), "not_helped: did not get this much help", Map.of());
        Messages messages = page.messages();
        Object[][] arms = {{"ketamine", messages.plain("figure.ketamine", Map.of()), r.ketamine(), ketamine},
                {"comparator", r.comparatorName(), r.comparator(), comparator}};
        List<String> legend = Svg.wrap("= " + r.plain(), 24);
        StringBuilder desc = new StringBuilder(messages.plain("evidence_patient_summary.description",
                Map.of("helped", r.plain(), "not_helped", notHelped))).append(' ');
        for (Object[] a : arms) {
            desc.append(messages.plain("evidence_patient_summary.arm", Map.of("arm", (String) a[1], "count", String.valueOf(a[3]))))
                    .append(' ');
        }
        StringBuilder out = new StringBuilder("<figure class=\"app-figure\" data-figure=\"evidence-patient-summary\">\n");
        Svg.caption(out, captionTitle, captionText);
        Svg.start(out, id, LEGEND_Y + legend.size() * 20 + 30, summary, desc.toString().trim());
        for (int i = 0; i < arms.length; i++) {
            Object[] a = arms[i];
            long filled = (long) a[3];
            out.append("<g class=\"app-figure__dots\" data-arm=\"").append(a[0]).append("\" data-value=\"")
                    .append(Svg.number((BigDecimal) a[2])).append("\" data-count=\"").append(filled)
                    .append("\" transform=\"translate(").append(i * 158).append(" 0)\">\n")
                    .append("<text class=\"app-figure__label\" x=\"0\" y=\"16\">").append(Svg.escape((String) a[1])).append("</text>\n")
                    .append("<text class=\"app-figure__note\" x=\"0\" y=\"37\">")
                    .append(Svg.escape(messages.plain("evidence_patient_summary.count", Map.of("count", String.valueOf(filled)))))
                    .append("</text>\n");
            // 10 rows of 10 dots, filled row by row: the first (rate rounded) dots are the people who responded.
            for (int row = 0; row < 10; row++) {
                out.append("<g class=\"app-figure__paper app-figure__line\" stroke-width=\"1.5\" transform=\"translate(0 ")
                        .append(50 + row * 13).append(")\">");
                for (int col = 0; col < 10; col++) {
                    out.append("<circle class=\"app-figure__dot").append(row * 10 + col < filled ? " app-figure__dot--filled app-figure__accent" : "")
                            .append("\" cx=\"").append(Svg.number(BigDecimal.valueOf(col * 13).add(new BigDecimal("6.5"))))
                            .append("\" cy=\"6.5\" r=\"5\"/>");
                }
                out.append("</g>\n");
            }
            out.append("</g>\n");
        }
        out.append("<g class=\"app-figure__paper app-figure__line\" stroke-width=\"1.5\">\n")
                .append("<circle class=\"app-figure__accent\" cx=\"6.5\" cy=\"").append(LEGEND_Y - 5).append("\" r=\"5\"/>\n")
                .append("<circle cx=\"6.5\" cy=\"").append(LEGEND_Y + legend.size() * 20 - 3).append("\" r=\"5\"/>\n</g>\n");
        Svg.textLines(out, legend, 21, LEGEND_Y, "app-figure__note", "");
        out.append("<text class=\"app-figure__note\" x=\"21\" y=\"").append(LEGEND_Y + legend.size() * 20 + 2).append("\">= ")
                .append(Svg.escape(notHelped)).append("</text>\n");
        return out.append("</svg>\n</figure>\n").toString();
    }
}
