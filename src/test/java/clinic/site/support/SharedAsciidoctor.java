package clinic.site.support;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;

/**
 * One Asciidoctor (with the site's extensions, registered for every instance) for the tests of one JVM that convert:
 * starting JRuby costs seconds, converting a page milliseconds. Closed when the JVM ends. The test classes run side by
 * side (decision 0035) and may convert at once, which AsciidoctorJ allows on one instance (asciidoctorj#1158, as the
 * bake's AheadParser does) once JRuby has loaded Asciidoctor: so its first conversion is made here, alone.
 */
public final class SharedAsciidoctor {
    private static Asciidoctor instance;

    private SharedAsciidoctor() {
    }

    public static synchronized Asciidoctor get() {
        if (instance == null) {
            instance = Asciidoctor.Factory.create();
            instance.convert("Loads Asciidoctor before threads share it.", Options.builder().build());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
        }
        return instance;
    }
}
