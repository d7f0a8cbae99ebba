package clinic.site.asciidoc;

import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Supplier;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.Preprocessor;
import org.asciidoctor.extension.PreprocessorReader;

import clinic.site.model.Messages;

/**
 * Asciidoctor's own words in the language of the page it converts (decision 0046). The bake gives every conversion
 * the captions of the site's language (Captions, soft-set); a page whose `lang` field names another language is
 * converted inside `converting`, and this preprocessor, before Asciidoctor reads the page, sets that language's
 * captions on the page's document. The figures refuse such a page (current, clinic.site.figures.DrawFigures): their
 * data is in the site's language. Registered on every
 * Asciidoctor by AsciidocExtensions; a conversion outside `converting` (a page in the site's language, the referral
 * PDF) is left as it is, so those pages stay byte-identical.
 */
public class PageLanguage extends Preprocessor {

    /** A language other than the site's: its tag ("es-US") and Asciidoctor's caption attributes in its words. */
    private record Language(String tag, Properties captions) {
    }

    private static final ThreadLocal<Language> CURRENT = new ThreadLocal<>();

    /**
     * Runs the conversion of a page of `project` whose `lang` field is `tag` ("" when it has none): in a language
     * other than `siteLanguage`, with that language's captions. A tag whose messages file cannot be read is converted
     * as a page of the site's language; the header rules refuse the page with the file named (HeaderRules.language).
     */
    public static <T> T converting(Path project, String tag, String siteLanguage, Supplier<T> conversion) {
        Language language = null;
        if (!tag.isEmpty() && !tag.equals(siteLanguage)) {
            try {
                language = new Language(tag, Captions.of(Messages.of(project, tag)));
            } catch (RuntimeException e) {
                // no such file, or a caption missing from it: reported by the validation, not here
            }
        }
        Language outer = CURRENT.get();
        CURRENT.set(language);
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
        // Soft-set values end in "@" (Captions); set on the document, the page's own words replace the site's.
        language.captions().forEach((name, value) -> document.setAttribute(name.toString(),
                value.toString().replaceAll("@$", ""), true));
    }
}
