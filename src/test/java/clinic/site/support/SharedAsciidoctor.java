package clinic.site.support;

import org.asciidoctor.Asciidoctor;

/**
 * One Asciidoctor (with the site's extensions, registered for every instance) for all the fast tests of one JVM:
 * starting JRuby costs seconds, converting a page milliseconds. Closed when the JVM ends.
 */
public final class SharedAsciidoctor {
    private static Asciidoctor instance;

    private SharedAsciidoctor() {
    }

    public static synchronized Asciidoctor get() {
        if (instance == null) {
            instance = Asciidoctor.Factory.create();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }
}
