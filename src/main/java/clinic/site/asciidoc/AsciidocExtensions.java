package clinic.site.asciidoc;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * Registers the site's rules for AsciiDoc with every Asciidoctor on the classpath (JBake's and the referral PDF's):
 * includes confined to content/, a page's attributes in its own language (PageLanguage), the log of each page's
 * conversion (AsciidocLog) and tables without inline widths (TableColumns), through Java's service loader:
 * src/main/resources/META-INF/services/org.asciidoctor.jruby.extension.spi.ExtensionRegistry.
 */
public class AsciidocExtensions implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry().includeProcessor(ContentIncludes.class).preprocessor(PageLanguage.class)
                .treeprocessor(TableColumns.class);
        asciidoctor.registerLogHandler(new AsciidocLog());
    }
}
