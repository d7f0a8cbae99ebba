package clinic.site.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Every YAML file under data/, read before JBake reads them. JBake loads each data file when it starts (its data
 * folder), and a file that is not valid YAML, or that holds nothing but comments, stopped the bake inside JBake with
 * Java's words and the file's absolute path (for an empty file, a NullPointerException's); read here first, the bake
 * stops with the editor's line instead: the file, the line, and what to do. The same
 * words as the readers of the protocol values and of the figures' data, which report the same mistake in those files.
 */
public final class DataFiles {
    /** JBake's data folder, as jbake.properties leaves it (data.folder). */
    public static final String FOLDER = "data";

    private DataFiles() {
    }

    /** One problem for each YAML file under data/ that is not valid YAML; none when every file parses. */
    public static List<Problem> check(Path project) {
        Path folder = project.resolve(FOLDER);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            String path = project.relativize(file).toString().replace('\\', '/');
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                if (new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader) == null) {
                    problems.add(new Problem(path, 1, "holds no data, only comments or nothing. Add its entries"
                            + " (the comments at the top of the other files in data/ show how), or remove the file."));
                }
            } catch (MarkedYAMLException e) {
                problems.add(new Problem(path, line(e), notValid(e)));
            } catch (IOException | RuntimeException e) { // unreadable bytes (not UTF-8) or a file that vanished
                problems.add(new Problem(path, 0, "cannot be read as text (" + e.getMessage()
                        + "). Save it again as UTF-8 text."));
            }
        }
        return problems;
    }

    /** The line (from 1) at which the YAML reader found the mistake. */
    public static int line(MarkedYAMLException e) {
        return e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
    }

    /** What every YAML reader of the site says of a file that is not valid YAML. */
    public static String notValid(MarkedYAMLException e) {
        return "this is not valid YAML (" + e.getProblem() + "). Check the indentation and put text with a colon in"
                + " \"quotes\".";
    }
}
