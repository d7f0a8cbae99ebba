package clinic.site.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.content.SourceFile;

/**
 * What Asciidoctor logged while converting a page (clinic.site.asciidoc.AsciidocLog), as problems: every warning or
 * error, at its file and line. A reference to an undefined attribute ({clinic_phne}) is logged because the site
 * sets attribute-missing=warn (jbake.properties), and gets the closest known name; a figure's data mistakes name
 * the data file (clinic.site.figures.DrawFigures).
 */
public final class LogRules {

    /** Asciidoctor's words for an attribute reference it could not replace (attribute-missing=warn). */
    static final String MISSING_ATTRIBUTE = "skipping reference to missing attribute: ";

    /** The end of every message about an unknown {name}: where the values a page may use are kept. */
    public static final String WHERE_CLINIC_VALUES_ARE = " The clinic's values are in jbake.properties (clinic.x is"
            + " {clinic_x}) and data/clinic-protocol.yaml ({protocol_x}).";

    private LogRules() {
    }

    /** Of the attribute names the site knows, those an editor may mean: the clinic's facts and protocol values. */
    public static List<String> clinicValues(Collection<String> attributes) {
        return attributes.stream().filter(k -> k.startsWith("clinic_") || k.startsWith("protocol_")).toList();
    }

    /** The problems in `log`, the messages of the conversion of `source`; `attributes` are the names the site knows. */
    public static List<Problem> check(SourceFile source, List<AsciidocLog.Entry> log, Set<String> attributes) {
        List<Problem> p = new ArrayList<>();
        for (AsciidocLog.Entry e : log) {
            if (!e.warns()) {
                continue;
            }
            if (e.message().startsWith(MISSING_ATTRIBUTE)) {
                String name = e.message().substring(MISSING_ATTRIBUTE.length()).strip();
                String hint = Closest.hint(name, clinicValues(attributes));
                Problem problem = new Problem(source.path(), source.lineOf("{" + name + "}"), "{" + name + "} is not a"
                        + " value the site knows, so it would be printed as it is" + (hint.isEmpty() ? "." : hint)
                        + WHERE_CLINIC_VALUES_ARE);
                if (!p.contains(problem)) {
                    p.add(problem);
                }
            } else if (e.file() == null) {
                // The page itself: Asciidoctor counts lines from the first line after the page's header.
                p.add(new Problem(source.path(), e.line() > 0 ? source.separatorLine() + e.line() : 0, e.message()));
            } else {
                p.add(new Problem(e.file(), e.line(), e.message()));
            }
        }
        return p;
    }
}
