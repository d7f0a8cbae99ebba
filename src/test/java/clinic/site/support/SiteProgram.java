package clinic.site.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * src/build/Site.java run as its own process, the way pom.xml (bake) and ./preview (preview) run it: the JDK's java,
 * the engine's JVM options and quiet logging, the tests' classpath (which holds the same JBake, AsciidoctorJ and
 * FreeMarker the build uses).
 */
public final class SiteProgram {

    private SiteProgram() {
    }

    /** A process builder for `java src/build/Site.java <args>`. */
    public static ProcessBuilder command(String... args) {
        Path project = BakedSite.project();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED",
                "-Dorg.freemarker.loggerLibrary=none",
                "-Dlogback.configurationFile=" + project.resolve("src/build/preview-logback.xml"),
                "-Djava.util.logging.config.file=" + project.resolve("src/build/preview-logging.properties"),
                "-cp", System.getProperty("java.class.path"),
                project.resolve("src/build/Site.java").toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }
}
