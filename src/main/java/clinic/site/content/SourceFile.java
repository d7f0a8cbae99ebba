package clinic.site.content;

import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One file under content/ as an editor wrote it, read the way JBake reads it (MarkupEngine): `key=value` lines, the
 * line `~~~~~~`, then the body. Unlike JBake, it keeps every line number, so a problem can name the line to fix, and
 * it keeps what JBake throws away silently (lines without '=', a second value for a field, a missing separator).
 */
public final class SourceFile {
    /** The line that ends the header (JBake's header.separator). */
    public static final String SEPARATOR = "~~~~~~";

    /** A header field: its name, its value (trimmed, as JBake stores it) and its line (from 1). */
    public record Field(String name, String value, int line) {
    }

    private final String path;
    private final List<String> lines;
    private final Map<String, Field> fields;
    private final List<Field> repeated;
    private final List<Integer> linesWithoutEquals;
    private final int separatorLine;

    private SourceFile(String path, List<String> lines) {
        this.path = path;
        this.lines = lines;
        int separator = lines.indexOf(SEPARATOR) + 1; // 0 when there is none
        Map<String, Field> found = new LinkedHashMap<>();
        List<Field> again = new ArrayList<>();
        List<Integer> withoutEquals = new ArrayList<>();
        for (int i = 0; separator > 0 && i < separator - 1; i++) {
            String line = lines.get(i);
            int eq = line.indexOf('=');
            if (eq < 0) {
                if (!line.isBlank()) {
                    withoutEquals.add(i + 1);
                }
                continue;
            }
            Field field = new Field(line.substring(0, eq).strip(), line.substring(eq + 1).strip(), i + 1);
            if (found.containsKey(field.name())) {
                again.add(field);
            } else {
                found.put(field.name(), field);
            }
        }
        this.separatorLine = separator;
        this.fields = Collections.unmodifiableMap(found);
        this.repeated = List.copyOf(again);
        this.linesWithoutEquals = List.copyOf(withoutEquals);
    }

    /** A file's text as it would be at `path` (relative to the project, e.g. "content/patients/x/index.adoc"). */
    public static SourceFile parse(String path, String text) {
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text; // JBake drops a UTF-8 byte order mark too
        List<String> lines = t.isEmpty() ? List.of() : List.of(t.split("\r?\n", -1));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines = lines.subList(0, lines.size() - 1);
        }
        return new SourceFile(path, lines);
    }

    /**
     * A file's bytes as they would be at `path`, read as UTF-8 (as Files.readString reads: a malformed byte is an
     * error, not a replacement character).
     */
    public static SourceFile parse(String path, byte[] bytes) {
        try {
            return parse(path, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's path relative to the project, with forward slashes: what every message names. */
    public String path() {
        return path;
    }

    /** True when the file holds nothing but white space. */
    public boolean isBlank() {
        return lines.stream().allMatch(String::isBlank);
    }

    /** The line of `~~~~~~` (from 1), or 0 when the file has none. */
    public int separatorLine() {
        return separatorLine;
    }

    /** The header fields, in file order (the first of a repeated field). */
    public Map<String, Field> fields() {
        return fields;
    }

    /** A field, or null when the header has no line for it. */
    public Field field(String name) {
        return fields.get(name);
    }

    /** A field's value: "" when it is absent or empty. */
    public String value(String name) {
        Field f = fields.get(name);
        return f == null ? "" : f.value();
    }

    /** Second and later lines for a field already set above (JBake keeps the last one, silently). */
    public List<Field> repeated() {
        return repeated;
    }

    /** Header lines that are not blank and have no '=' (JBake then skips the whole file). */
    public List<Integer> linesWithoutEquals() {
        return linesWithoutEquals;
    }

    /** Every line of the file. */
    public List<String> lines() {
        return lines;
    }

    /** The first line (from 1) at or after the body's start that contains `text`, or 0 when none does. */
    public int lineOf(String text) {
        for (int i = separatorLine; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        return 0;
    }

    /** Where a missing field's line belongs: just above `~~~~~~` (line 1 in a file without one). */
    public int headerEnd() {
        return Math.max(separatorLine, 1);
    }
}
