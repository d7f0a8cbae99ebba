package clinic.site.asciidoc;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.asciidoctor.ast.Cursor;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * What Asciidoctor logs while it converts a page (a reference to an undefined attribute with attribute-missing=warn,
 * a figure whose data has a mistake, any other warning), kept as that page's log for the validation rules
 * (clinic.site.validation.LogRules). Registered on every Asciidoctor by AsciidocExtensions; the bake runs each
 * conversion inside `converting`, which says which page the messages of this thread belong to. A page's log is
 * replaced each time the page is converted, so a page the preview does not convert again keeps its messages.
 */
public final class AsciidocLog implements LogHandler {

    /**
     * One message: `file` is where it is, relative to the project (null: the page itself), `line` its line there
     * (for the page, counted as Asciidoctor counts, from the first line after the page's header; 0 when unknown).
     */
    public record Entry(String file, int line, Severity severity, String message) {

        /**
         * A warning or an error: what the validation refuses (LogRules) and the conversion cache never keeps.
         * Asciidoctor's DEBUG and INFO messages describe, they do not warn.
         */
        public boolean warns() {
            return severity.compareTo(Severity.WARN) >= 0;
        }
    }

    private record Capture(Path page, Path project, List<Entry> entries) {
    }

    private static final ThreadLocal<Capture> CURRENT = new ThreadLocal<>();
    private static final Map<Path, List<Entry>> BY_PAGE = new ConcurrentHashMap<>();

    /** Runs the conversion of `page` (JBake's engine), keeping what Asciidoctor logs meanwhile as the page's log. */
    public static <T> T converting(Path page, Supplier<T> conversion) {
        Path file = page.toAbsolutePath().normalize();
        Path content = ContentIncludes.contentFolder(file.getParent());
        Capture capture = new Capture(file, content == null ? file.getParent() : content.getParent(), new ArrayList<>());
        Capture outer = CURRENT.get();
        CURRENT.set(capture);
        try {
            return conversion.get();
        } finally {
            CURRENT.set(outer);
            BY_PAGE.put(file, Collections.unmodifiableList(capture.entries()));
        }
    }

    /** The messages of the last conversion of `page`; empty when it was never converted. */
    public static List<Entry> of(Path page) {
        return BY_PAGE.getOrDefault(page.toAbsolutePath().normalize(), List.of());
    }

    /** The page being converted on this thread, relative to its project ("content/x/index.adoc"), or null. */
    public static String currentPage() {
        Capture c = CURRENT.get();
        return c == null ? null : relative(c.project(), c.page());
    }

    @Override
    public void log(LogRecord record) {
        Capture c = CURRENT.get();
        if (c == null) {
            return; // not a page of a bake (a test, the referral PDF): Asciidoctor's own handler prints it
        }
        Cursor cursor = record.getCursor();
        String file = null;
        int line = 0;
        if (cursor != null) {
            line = Math.max(cursor.getLineNumber(), 0);
            String where = cursor.getFile() != null ? cursor.getFile() : cursor.getPath();
            if (where != null && !where.equals("<stdin>")) {
                Path path = Path.of(where);
                file = path.isAbsolute() ? relative(c.project(), path) : where.replace('\\', '/');
            }
        }
        c.entries().add(new Entry(file, line, record.getSeverity(), record.getMessage()));
    }

    private static String relative(Path project, Path file) {
        Path normal = file.toAbsolutePath().normalize();
        return (normal.startsWith(project) ? project.relativize(normal) : normal).toString().replace('\\', '/');
    }

    /** A place in a file of the project, for a message about it (a figure's data file). */
    public record Place(String file, int getLineNumber) implements Cursor {
        @Override
        public String getPath() {
            return file;
        }

        @Override
        public String toString() {
            return file + (getLineNumber > 0 ? ":" + getLineNumber : "");
        }

        @Override
        public String getDir() {
            return null;
        }

        @Override
        public String getFile() {
            return file;
        }
    }
}
