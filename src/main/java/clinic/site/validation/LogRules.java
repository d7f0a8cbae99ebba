package clinic.site.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.content.SourceFile;
import clinic.site.model.Messages;

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

    /** Why a page in `lang` cannot show the protocol value `name`, and the fix. */
    static String inOtherLanguage(String name, String lang) {
        // ({protocol_x_as_hours} always has words: the page's messages file gives them, duration.*.)
        String key = name.substring("protocol_".length());
        String field = "value_" + Messages.languageOf(lang);
        return "{" + name + "} has no words in " + lang + ", so this page cannot show it. Add " + field + ": \"...\" to"
                + " entry '" + key + "' in data/clinic-protocol.yaml (a bilingual clinician writes or checks it), or"
                + " leave it out of this page.";
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
                String lang = source.value("lang");
                // A protocol value the site knows is missing on a page only when it is in another language and the
                // value has no words in it (PageLanguage, ClinicProtocol.attributesIn).
                String message = !lang.isEmpty() && name.startsWith("protocol_") && attributes.contains(name)
                        ? inOtherLanguage(name, lang)
                        : "{" + name + "} is not a value the site knows, so it would be printed as it is"
                                + (hint.isEmpty() ? "." : hint) + WHERE_CLINIC_VALUES_ARE;
                Problem problem = new Problem(source.path(), source.lineOf("{" + name + "}"), message);
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
