package clinic.site.asciidoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Every `include::` of the site's AsciiDoc (JBake's pages and the referral PDF's source): only files under the
 * project's content/ folder (content/_partials included) are read. JBake runs Asciidoctor in its UNSAFE mode, which
 * would include any file the build machine can read (`include::/etc/hostname[]`, `include::../../../../x[]`) and
 * publish its text. Here such an include becomes a line REFUSED + the directive, and a missing file the line
 * Asciidoctor itself writes (MISSING + the directive); clinic.site.validation.BodyRules turns both into a problem
 * that names the file and line.
 */
public class ContentIncludes extends IncludeProcessor {

    /** The start of the text that stands in for an include from outside content/. */
    public static final String REFUSED = "Refused include outside content/ - ";

    /** The start of the text that stands in for an include whose file does not exist (Asciidoctor's own words). */
    public static final String MISSING = "Unresolved directive in ";

    /** The files the includes of the conversion running on this thread looked for (see recording). */
    private static final ThreadLocal<Set<Path>> LOOKED_FOR = new ThreadLocal<>();

    /**
     * Runs one conversion and adds to `into` every file its includes looked for, found or not (nested includes too):
     * with the page's own file, all a converted page is read from (clinic.site.bake.ConversionCache).
     */
    public static <T> T recording(Set<Path> into, Supplier<T> conversion) {
        LOOKED_FOR.set(into);
        try {
            return conversion.get();
        } finally {
            LOOKED_FOR.remove();
        }
    }

    @Override
    public boolean handles(String target) {
        return true; // every include: none may reach Asciidoctor's own reader, which has no jail in UNSAFE mode
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Path dir = Path.of(reader.getDir()).toAbsolutePath().normalize();
        String directive = "include::" + target + "[]";
        Path content = contentFolder(dir);
        Path file = target.contains("://") ? null : dir.resolve(target).normalize();
        if (file != null && LOOKED_FOR.get() != null) {
            LOOKED_FOR.get().add(file);
        }
        if (content == null || file == null || !file.startsWith(content) || !inside(file, content)) {
            reader.pushInclude(REFUSED + directive, target, target, reader.getLineNumber(), attributes);
            return;
        }
        if (!Files.isRegularFile(file)) {
            reader.pushInclude(MISSING + "content/ - " + directive, target, target, reader.getLineNumber(), attributes);
            return;
        }
        try {
            // The file's full path: Asciidoctor takes the folder of nested includes and the AsciiDoc-or-not from it.
            reader.pushInclude(Files.readString(file, StandardCharsets.UTF_8), file.toString(), target, 1, attributes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when the file, links resolved, is still under content/ (a link in content/ may not lead out of it). */
    private static boolean inside(Path file, Path content) {
        try {
            return !Files.exists(file) || file.toRealPath().startsWith(content.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The content/ folder of the project a document belongs to: the first folder above `dir` that holds
     * jbake.properties, plus "content" (a page is under it, the PDF's source in src/pdf beside it); null if none.
     */
    public static Path contentFolder(Path dir) {
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("jbake.properties")) && Files.isDirectory(d.resolve("content"))) {
                return d.resolve("content");
            }
        }
        return null;
    }
}
