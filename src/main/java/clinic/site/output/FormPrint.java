package clinic.site.output;

import java.nio.file.Path;
import java.util.Map;

import clinic.site.model.Messages;

/**
 * The patient's name and date-of-birth lines at the top of every sheet a browser prints of a form page (print=form,
 * the referral form), as the referral PDF has them (clinic.site.pdf.ReferralPdf): faxed sheets get separated, and the
 * second one holds the risk questions (form review S13, FORM-7). A page-margin box is the one place a browser repeats
 * on every sheet; its words are CSS strings, so the bake writes one named page per language from that language's
 * messages (referral_pdf.patient_name, referral_pdf.date_of_birth), which Stylesheet adds to /css/print.css. Browsers
 * without margin boxes print the form without the lines; the form page says the PDF has them.
 */
public final class FormPrint {

    private FormPrint() {
    }

    /** The print rules for every language of `project`'s messages folder. */
    public static String rules(Path project) {
        StringBuilder css = new StringBuilder();
        for (String language : Messages.languages(project)) {
            Messages words = Messages.of(project, language);
            String head = words.plain("referral_pdf.patient_name", Map.of()) + " " + "_".repeat(40) + "     "
                    + words.plain("referral_pdf.date_of_birth", Map.of()) + " " + "_".repeat(22);
            String page = "app-form-" + language;
            css.append("@media print { html:lang(").append(language).append(") body:has(.app-article--form) { page: ")
                    .append(page).append("; } }\n")
                    .append("@page ").append(page).append(" { @top-left { content: ").append(string(head))
                    .append("; font-family: sans-serif; font-size: 9pt; vertical-align: bottom; } }\n");
        }
        return css.toString();
    }

    /** `text` as a CSS string: quotes and backslashes escaped, no line breaks. */
    static String string(String text) {
        return "\"" + text.strip().replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ") + "\"";
    }
}
