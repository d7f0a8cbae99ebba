package clinic.site.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The infusion day from checking in to going home, as numbered steps down a line, which fits a phone. Words from
 * data/figures/infusion-timeline.yaml.
 */
final class InfusionTimeline implements Figure {

    @Override
    public String name() {
        return "infusion-timeline";
    }

    private record Step(String title, String text, List<String> lines, int top) {
    }

    @Override
    public String draw(PageContext page, String id) {
        DataFile.Value data = page.figureData(name());
        String captionTitle = page.words(data.get("caption").get("title"), "title: Your infusion day, step by step.", Map.of());
        String captionText = page.words(data.get("caption").get("text"), "text: A member of our team is with you.", Map.of());
        List<Step> steps = new ArrayList<>();
        int y = 2;
        for (DataFile.Value s : data.get("steps").list("- title: Checking in (then, under it, text: We ask you a few questions.)")) {
            String title = page.words(s.get("title"), "title: Checking in", Map.of());
            String text = page.words(s.get("text"), "text: We ask you a few questions.", Map.of());
            List<String> lines = Svg.wrap(text, 29);
            steps.add(new Step(title, text, lines, y));
            y += 38 + lines.size() * 20;
        }
        String summary = page.words(data.get("summary"), "summary: Your infusion day in {steps} steps.",
                Map.of("steps", String.valueOf(steps.size())));
        if (steps.isEmpty()) {
            return "";
        }
        StringBuilder desc = new StringBuilder();
        for (int i = 0; i < steps.size(); i++) {
            desc.append(i + 1).append(". ").append(steps.get(i).title()).append(": ").append(steps.get(i).text()).append(' ');
        }
        StringBuilder out = new StringBuilder("<figure class=\"app-figure\" data-figure=\"infusion-timeline\">\n");
        Svg.caption(out, captionTitle, Svg.escape(captionText));
        Svg.start(out, id, y - 12, summary, desc.toString().trim());
        out.append("<path class=\"app-figure__line\" d=\"M18 ").append(steps.get(0).top() + 15).append('V')
                .append(steps.get(steps.size() - 1).top() + 15).append("\"/>\n");
        for (int i = 0; i < steps.size(); i++) {
            Step s = steps.get(i);
            out.append("<g transform=\"translate(0 ").append(s.top()).append(")\">\n")
                    .append("<circle class=\"app-figure__accent\" cx=\"18\" cy=\"15\" r=\"15\"/>\n")
                    .append("<text class=\"app-figure__marker-number app-figure__paper app-figure__label\" x=\"18\""
                            + " y=\"20\" text-anchor=\"middle\">").append(i + 1).append("</text>\n")
                    .append("<text class=\"app-figure__label\" x=\"46\" y=\"20\">").append(Svg.escape(s.title())).append("</text>\n");
            Svg.textLines(out, s.lines(), 46, 42, "app-figure__note", "");
            out.append("</g>\n");
        }
        return out.append("</svg>\n</figure>\n").toString();
    }
}
