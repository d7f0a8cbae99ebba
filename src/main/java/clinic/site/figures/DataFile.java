package clinic.site.figures;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import clinic.site.validation.DataFiles;
import clinic.site.validation.Problem;

/**
 * A figure's YAML data file, read as nodes (not plain maps) so that every mistake names its line. Reading never
 * throws: each mistake (no file, bad YAML, a missing field, a wrong type) is added to the problems, in the form of
 * every other problem ("data/figures/x.yaml:7: field 'steps' ..."), and the reader gets an empty value instead.
 */
final class DataFile {
    private final String path;
    private final List<Problem> problems;
    /** True once the file itself is missing or not YAML: that one problem says it all, its fields are not reported. */
    private boolean unreadable;

    private DataFile(String path, List<Problem> problems) {
        this.path = path;
        this.problems = problems;
    }

    /** The file `path` (relative to `project`) as a value; missing or unreadable, an absent value and a problem. */
    static Value read(Path project, String path, List<Problem> problems) {
        DataFile file = new DataFile(path, problems);
        Path on = project.resolve(path);
        if (!Files.isRegularFile(on)) {
            file.problem(0, "the file is missing. Create it: it holds the words of a figure a page shows.");
            file.unreadable = true;
            return new Value(file, "", null, 1);
        }
        try (Reader reader = Files.newBufferedReader(on, StandardCharsets.UTF_8)) {
            Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
            return new Value(file, "", root, 1);
        } catch (MarkedYAMLException e) {
            file.problem(DataFiles.line(e), DataFiles.notValid(e));
        } catch (IOException e) {
            file.problem(0, "cannot be read (" + e.getMessage() + ").");
        }
        file.unreadable = true;
        return new Value(file, "", null, 1);
    }

    String path() {
        return path;
    }

    void problem(int line, String message) {
        if (unreadable && problems.stream().anyMatch(p -> p.file().equals(path))) {
            return;
        }
        Problem p = new Problem(path, line, message);
        if (!problems.contains(p)) {
            problems.add(p);
        }
    }

    /**
     * One value of the file: `field` is its place ("steps.2.title", items counted from 1), `line` where it is (or,
     * when absent, where its parent is). Reading a value that is absent or of the wrong type reports it once and
     * gives an empty text, list or null number, so a figure can go on and report every mistake in one bake.
     */
    record Value(DataFile file, String field, Node node, int line) {

        boolean present() {
            return node != null && !(node instanceof ScalarNode s && s.getTag() == Tag.NULL);
        }

        /** The field `key` of this mapping (absent when there is none). */
        Value get(String key) {
            String name = field.isEmpty() ? key : field + "." + key;
            if (node instanceof MappingNode map) {
                for (NodeTuple t : map.getValue()) {
                    if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) {
                        return new Value(file, name, t.getValueNode(), t.getKeyNode().getStartMark().getLine() + 1);
                    }
                }
            } else if (present()) {
                file.problem(line, (field.isEmpty() ? "the file" : "field '" + field + "'") + " must be a set of"
                        + " 'name: value' lines (found " + kind() + ").");
            }
            return new Value(file, name, null, line);
        }

        /** Non-empty text; `example` shows the editor a line that would do. */
        String text(String example) {
            if (!present()) {
                file.problem(line, "field '" + field + "' is missing. Add it, for example: " + example);
                return "";
            }
            if (!(node instanceof ScalarNode s) || s.getValue().isBlank()) {
                file.problem(line, "field '" + field + "' must be text (found " + kind() + "), for example: " + example);
                return "";
            }
            return s.getValue();
        }

        /** The text as written, or null when absent or not text: for checks that word their own message. */
        String optional() {
            return node instanceof ScalarNode s && present() && !s.getValue().isBlank() ? s.getValue() : null;
        }

        /** The text of a value that is a number (55.4), or of a value in quotes ("60 studies"). */
        String asWritten() {
            return node instanceof ScalarNode s ? s.getValue() : "";
        }

        /** Reports a mistake at this value's line, worded whole by the caller. */
        void report(String message) {
            file.problem(line, message);
        }

        /** True when the value is written as a number (not in quotes). */
        boolean isNumber() {
            return node instanceof ScalarNode s && (s.getTag() == Tag.INT || s.getTag() == Tag.FLOAT);
        }

        /** A number, or null (reported) when absent or not a number. */
        BigDecimal number(String what) {
            if (isNumber()) {
                try {
                    return new BigDecimal(((ScalarNode) node).getValue().replace("_", ""));
                } catch (NumberFormatException e) {
                    // a YAML number Java does not read (.inf, 0x10): reported below
                }
            }
            file.problem(line, "field '" + field + "' " + (present() ? "is " + kind() + "; it" : "is missing; it")
                    + " must be " + what + ", written without quotes.");
            return null;
        }

        /** The items of a list; `example` shows one item. Empty (reported) when absent or not a list. */
        List<Value> list(String example) {
            List<Value> items = new ArrayList<>();
            if (node instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
                int i = 1;
                for (Node item : seq.getValue()) {
                    items.add(new Value(file, field + "." + i++, item, item.getStartMark().getLine() + 1));
                }
                return items;
            }
            file.problem(line, "field '" + field + "' " + (present() ? "must be a list (found " + kind() + ")" : "is missing")
                    + ": write each item on its own line starting with '- ', for example: " + example);
            return items;
        }

        /** Reports a mistake in this value that only the figure can see (a rate over 100, a cite not on the page). */
        void problem(String message) {
            file.problem(line, "field '" + field + "' " + message);
        }

        private String kind() {
            if (node instanceof SequenceNode) {
                return "a list";
            }
            if (node instanceof MappingNode) {
                return "a set of 'name: value' lines";
            }
            return node instanceof ScalarNode s && !s.getValue().isBlank() ? "'" + s.getValue() + "'" : "nothing";
        }
    }
}
