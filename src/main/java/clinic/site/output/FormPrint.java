package clinic.site.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import clinic.site.content.ClinicFacts;
import clinic.site.model.Messages;

/**
 * The frame on every sheet a browser prints of a form page (print=form, the referral form), as the referral PDF has
 * it (clinic.site.pdf.ReferralPdf): the patient's name and date-of-birth lines at the head, and at the foot where the
 * form goes and "Page 2 of 3". Faxed sheets get separated, and the second one holds the risk questions (form review
 * S13, FORM-7; re-review REFORM-8). A page-margin box is the one place a browser repeats on every sheet; its words are
 * CSS strings, so the bake writes one named page per language from that language's messages (referral_pdf.*) and the
 * clinic's facts, which Stylesheet adds to /css/print.css. Browsers without margin boxes print the form without the
 * frame; the form page says the PDF has it.
 */
public final class FormPrint {

    private FormPrint() {
    }

    private static final Pattern COUNTER = Pattern.compile("\\{(page|pages)\\}");

    /** The print rules for every language of `project`'s messages folder. */
    public static String rules(Path project) {
        Properties facts;
        try {
            facts = ClinicFacts.settings(project);
        } catch (IOException e) {
            throw new UncheckedIOException("jbake.properties cannot be read: the printed form names the clinic's fax", e);
        }
        StringBuilder css = new StringBuilder();
        for (String language : Messages.languages(project)) {
            Messages messages = Messages.of(project, language);
            String head = messages.plain("referral_pdf.patient_name", Map.of()) + " " + "_".repeat(40) + "     "
                    + messages.plain("referral_pdf.date_of_birth", Map.of()) + " " + "_".repeat(22);
            String foot = messages.plain("referral_pdf.send_to", Map.of("clinic", facts.getProperty("clinic.name", ""),
                    "fax", facts.getProperty("clinic.fax", ""), "email", facts.getProperty("clinic.email", "")));
            String page = "app-form-" + language;
            String box = "font-family: sans-serif; font-size: 8pt; ";
            css.append("@media print { html:lang(").append(language).append(") body:has(.app-article--form) { page: ")
                    .append(page).append("; } }\n")
                    .append("@page ").append(page).append(" {")
                    .append(" @top-left { content: ").append(string(head)).append("; ").append(box)
                    .append("font-size: 9pt; vertical-align: bottom; }")
                    .append(" @bottom-left { content: ").append(string(foot)).append("; ").append(box).append("}")
                    .append(" @bottom-right { content: ").append(pageNumbers(messages)).append("; ").append(box).append("}")
                    .append(" }\n");
        }
        return css.toString();
    }

    /**
     * The message referral_pdf.page ("Page {page} of {pages}") as CSS content: its words as strings, its places as the
     * page counters ("Page " counter(page) " of " counter(pages)). The referral PDF numbers its pages with it too.
     */
    public static String pageNumbers(Messages messages) {
        String message = messages.plain("referral_pdf.page", Map.of());
        StringBuilder content = new StringBuilder();
        Matcher place = COUNTER.matcher(message);
        int at = 0;
        while (place.find()) {
            if (place.start() > at) {
                content.append(string(message.substring(at, place.start()))).append(' ');
            }
            content.append("counter(").append(place.group(1)).append(") ");
            at = place.end();
        }
        if (at < message.length()) {
            content.append(string(message.substring(at)));
        }
        return content.toString().strip();
    }

    /** `text` as a CSS string: quotes and backslashes escaped, no line breaks; inner spaces are kept. */
    static String string(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replaceAll("[\\r\\n]+", " ") + "\"";
    }
}
