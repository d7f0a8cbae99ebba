package clinic.site.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import clinic.site.content.ClinicFacts;
import clinic.site.protocol.ClinicProtocol;

/**
 * What only the public build (site.mode=production) refuses: clinic facts and protocol values that are still
 * examples. Each problem names the file and line that holds the example, so the fix is in the clinic's facts, not in
 * the pages that show them.
 */
public final class ProductionRules {
    static final String REFUSED = "the production build refuses examples";

    private ProductionRules() {
    }

    /**
     * The example values of a project's configuration (JBake's, as templates see it: keys with underscores) and of
     * data/clinic-protocol.yaml.
     */
    public static List<Problem> check(Path project, Map<String, ?> config, ClinicProtocol protocol) {
        List<Problem> problems = new ArrayList<>();
        List<String> properties = lines(project.resolve("jbake.properties"));
        List<String> pom = lines(project.resolve("pom.xml"));
        for (ClinicFacts.Example e : ClinicFacts.examples(config)) {
            int line = lineOf(properties, l -> l.matches("\\s*" + Pattern.quote(e.key()) + "\\s*[=:].*"));
            if (line > 0) {
                problems.add(new Problem("jbake.properties", line, e.key() + "=" + e.value() + " is an example value;"
                        + " replace it with the clinic's real value (" + REFUSED + ")."));
            } else { // site.baseurl: set per environment by pom.xml's profiles, never in jbake.properties
                problems.add(new Problem("pom.xml", lineOf(pom, l -> l.contains(">" + e.value() + "<")), e.key() + "="
                        + e.value() + " is an example value; set the production profile's " + e.key()
                        + " to the site's real address (" + REFUSED + ")."));
            }
        }
        for (ClinicProtocol.Entry entry : protocol.entries()) {
            if (entry.example()) {
                problems.add(new Problem(ClinicProtocol.FILE, entry.line(), "entry '" + entry.key() + "' is marked"
                        + " example: true; confirm the clinic's real value with the medical director, then delete that"
                        + " line (" + REFUSED + ")."));
            }
        }
        return problems;
    }

    /** The line (from 1) of the first line that passes `test`, or 0. */
    private static int lineOf(List<String> lines, Predicate<String> test) {
        for (int i = 0; i < lines.size(); i++) {
            if (test.test(lines.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
