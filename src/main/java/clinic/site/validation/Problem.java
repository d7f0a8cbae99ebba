package clinic.site.validation;

import java.util.Comparator;

/**
 * One thing an editor must fix: the file (relative to the project), the line when it is known (0 when not), and a
 * message that names the field and says what to do. Printed as `content/x/index.adoc:5: message`, the form editors
 * and terminals turn into a link to that line.
 */
public record Problem(String file, int line, String message) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::file)
            .thenComparingInt(Problem::line).thenComparing(Problem::message);

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }

    @Override
    public int compareTo(Problem other) {
        return ORDER.compare(this, other);
    }
}
