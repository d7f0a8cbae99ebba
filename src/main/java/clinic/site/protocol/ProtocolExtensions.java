package clinic.site.protocol;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * Registers the protocol:: block macro with every Asciidoctor on the classpath (JBake's included), through Java's
 * service loader: src/main/resources/META-INF/services/org.asciidoctor.jruby.extension.spi.ExtensionRegistry.
 */
public class ProtocolExtensions implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry().blockMacro(ProtocolListMacro.class);
    }
}
