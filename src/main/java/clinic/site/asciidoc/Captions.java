package clinic.site.asciidoc;

import java.util.Map;
import java.util.Properties;

import clinic.site.model.Messages;

/**
 * Asciidoctor's own words on the pages, in the site's language: the labels of admonitions ("Important", "Warning")
 * and the captions of titled tables and examples ("Table 1."). Asciidoctor writes them in English unless its caption
 * attributes say otherwise; they are given here from the messages file, as settings of the bake, which JBake hands
 * to Asciidoctor as attributes (it exports every setting whose name does not start with "asciidoctor"). Soft-set
 * (a trailing @), so a page may still turn one off (:table-caption!:).
 */
public final class Captions {

    private Captions() {
    }

    /** The caption attributes, by Asciidoctor's names, in the words of `messages`. */
    public static Properties of(Messages messages) {
        Properties captions = new Properties();
        captions.setProperty("note-caption", messages.plain("caption.note", Map.of()) + "@");
        captions.setProperty("tip-caption", messages.plain("caption.tip", Map.of()) + "@");
        captions.setProperty("important-caption", messages.plain("caption.important", Map.of()) + "@");
        captions.setProperty("warning-caption", messages.plain("caption.warning", Map.of()) + "@");
        captions.setProperty("caution-caption", messages.plain("caption.caution", Map.of()) + "@");
        captions.setProperty("table-caption", messages.plain("caption.table", Map.of()) + "@");
        captions.setProperty("figure-caption", messages.plain("caption.figure", Map.of()) + "@");
        captions.setProperty("example-caption", messages.plain("caption.example", Map.of()) + "@");
        return captions;
    }
}
