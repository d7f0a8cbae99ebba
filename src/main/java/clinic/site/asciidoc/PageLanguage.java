package clinic.site.asciidoc;

import java.util.Map;
import java.util.function.Supplier;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * The attributes of a page in another language than the site's (decision 0046): Asciidoctor's own words ("Note",
 * "Table 1.") and the clinic's protocol values in that language's words. The bake gives every conversion the site's
 * attributes; a page whose `lang` field names another language is converted inside `converting`, and this
 * preprocessor, before Asciidoctor reads the page, puts that language's attributes on the page's document, and takes
 * off those it has no words for (a protocol sentence written in English only), so that a reference to one is named to
 * the editor instead of showing English. Registered on every Asciidoctor by AsciidocExtensions; a conversion outside
 * `converting` (a page in the site's language, the referral PDF) is left as it is, so those pages stay byte-identical.
 * The figures and the protocol:: lists ask `current` which language they are drawing in.
 */
public class PageLanguage extends Preprocessor {

    /** A language other than the site's: its tag ("es-US") and the attributes to set (a null value: to take off). */
    private record Language(String tag, Map<String, String> attributes) {
    }

    private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();

    /**
     * Runs the conversion of a page in the language `tag` ("es-US"; null for the site's language) with `attributes`,
     * by Asciidoctor's names: each value replaces the site's for this page, and a null value takes the attribute off.
     */
    public static <T> T converting(String tag, Map<String, String> attributes, Supplier<T> conversion) {
        Language outer = CURRENT.get();
        CURRENT.set(tag == null ? null : new Language(tag, attributes));
        try {
            return conversion.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** The language of the page being converted on this thread, or null for the site's language. */
    public static String current() {
        Language language = CURRENT.get();
        return language == null ? null : language.tag();
    }

    @Override
    public void process(Document document, PreprocessorReader reader) {
        Language language = CURRENT.get();
        if (language == null) {
            return;
        }
        // Straight into the document's attributes: the bake's own are locked against the page's :name: lines (an
        // article cannot redefine a protocol value), and this is the bake speaking, not the page.
        Map<String, Object> attributes = document.getAttributes();
        language.attributes().forEach((name, value) -> {
            if (value == null) {
                attributes.remove(name);
            } else {
                attributes.put(name, value);
            }
        });
    }
}
