package clinic.site.figures;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import clinic.site.model.Messages;
import clinic.site.validation.Closest;
import clinic.site.validation.LogRules;
import clinic.site.validation.Problem;

/**
 * What a figure may use from the page that shows it: the project (for its data files), the page's attributes (the
 * clinic's values {clinic_x} and protocol values {protocol_x}), the page's reference list (citation id -> label as
 * printed, "[Anand 2023]"), the site's messages (the words a figure draws around its data: column headers, labels,
 * its description for screen readers), and the list its data mistakes go to; `file` names the page in messages.
 */
record PageContext(Path project, String file, Map<String, Object> attributes, Map<String, String> references,
        Messages messages, List<Problem> problems) {

    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][A-Za-z0-9_-]*)\\}");

    /** The data file of a figure, data/figures/NAME.yaml. */
    DataFile.Value figureData(String name) {
        return DataFile.read(project, "data/figures/" + name + ".yaml", problems);
    }

    /**
     * The text of a data field with each {name} replaced: first by the figure's own values (`own`, such as {steps},
     * the number of steps), then by the page's attributes, so protocol values come from data/clinic-protocol.yaml
     * and are never typed into the words. An unknown name is reported at the field's line.
     */
    String words(DataFile.Value value, String example, Map<String, String> own) {
        String text = value.text(example);
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object replacement = own.containsKey(name) ? own.get(name) : attributes.get(name);
            if (replacement == null) {
                List<String> known = new java.util.ArrayList<>(own.keySet());
                known.addAll(LogRules.clinicValues(attributes.keySet()));
                value.problem("uses {" + name + "}, which is not a value the site knows" + Closest.hint(name, known)
                        + (own.isEmpty() ? "" : " This figure's own values are " + String.join(", ", own.keySet().stream().map(k -> "{" + k + "}").toList()) + ".")
                        + LogRules.WHERE_CLINIC_VALUES_ARE);
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(replacement)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
