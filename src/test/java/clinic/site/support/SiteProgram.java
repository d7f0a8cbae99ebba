package clinic.site.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * clinic.site.Site run as its own process, the way pom.xml (bake) and ./preview (preview) run it: the JDK's java,
 * their JVM options (C1 only and serial GC; for a bake also JRuby's interpreter), and the bake's own
 * classpath, target/classes and the runtime dependencies (target/runtime-classpath.txt, written by Maven), without
 * the test tools' jars.
 */
public final class SiteProgram {

    private SiteProgram() {
    }

    /** A process builder for `java clinic.site.Site <args>`. */
    public static ProcessBuilder command(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED", "--add-opens", "java.base/java.io=ALL-UNNAMED"));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UnlockDiagnosticVMOptions",
                "-XX:-BytecodeVerificationRemote", "-Djruby.native.enabled=false")); // as ./preview starts it too
        if (!args[0].equals("preview")) {
            command.add("-Djruby.compile.mode=OFF");
        }
        command.addAll(List.of("-cp", classpath(), "clinic.site.Site"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        // A fixture is a throw-away project, not the CI server's checkout: it gets the local behaviour (the build
        // adds new pages to its data/published-urls.yaml) even when the tests themselves run with CI=true; and in a
        // GitHub workflow its problems are not annotations on the pull request, nor lines of its job summary.
        builder.environment().remove("CI");
        builder.environment().remove("GITHUB_ACTIONS");
        builder.environment().remove("GITHUB_STEP_SUMMARY");
        return builder;
    }

    /** target/classes and the runtime dependencies; the tests' own classpath when Maven has not listed them. */
    private static String classpath() {
        Path target = BakedSite.project().resolve("target");
        Path runtime = target.resolve("runtime-classpath.txt");
        if (!Files.isRegularFile(runtime)) {
            return System.getProperty("java.class.path");
        }
        try {
            return target.resolve("classes").toAbsolutePath() + File.pathSeparator
                    + Files.readString(runtime, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
