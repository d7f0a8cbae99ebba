package clinic.site.figures;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.jruby.extension.spi.ExtensionRegistry;

/**
 * Registers figure::NAME[] and its drawing with every Asciidoctor on the classpath (JBake's included), through Java's
 * service loader: src/main/resources/META-INF/services/org.asciidoctor.jruby.extension.spi.ExtensionRegistry.
 */
public class FigureExtensions implements ExtensionRegistry {

    @Override
    public void register(Asciidoctor asciidoctor) {
        asciidoctor.javaExtensionRegistry().blockMacro(FigureMacro.class).treeprocessor(DrawFigures.class);
    }
}
