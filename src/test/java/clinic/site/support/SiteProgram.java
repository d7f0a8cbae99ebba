package clinic.site.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * clinic.site.Site run as its own process, the way pom.xml (bake) and ./preview (preview) run it: the JDK's java,
 * the engine's JVM options, the tests' classpath (which holds the compiled engine and the same JBake, AsciidoctorJ
 * and FreeMarker the build uses).
 */
public final class SiteProgram {

    private SiteProgram() {
    }

    /** A process builder for `java clinic.site.Site <args>`. */
    public static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "clinic.site.Site"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // A fixture is a throw-away project, not the CI server's checkout: it gets the local behaviour (the build
        // adds new pages to its data/published-urls.yaml) even when the tests themselves run with CI=true.
        builder.environment().remove("CI");
        return builder;
    }
}
