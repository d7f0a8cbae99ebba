package clinic.site.validation;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** What one file's last check found, with the time and size it had then (as ClinicProtocol keeps its file). */
    private record Checked(long modified, long size, List<Problem> problems) {
    }

    /**
     * Kept from one check to the next in this JVM: the preview checks on every save, and parsing every data file
     * again took about 27 ms of each (148 KB of YAML); a file whose time and size are unchanged is not read again.
     */
    private static final Map<Path, Checked> KEPT = new ConcurrentHashMap<>();

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
            Path key = file.toAbsolutePath().normalize();
            try {
                long modified = Files.getLastModifiedTime(file).toMillis();
                long size = Files.size(file);
                Checked kept = KEPT.get(key);
                if (kept == null || kept.modified() != modified || kept.size() != size) {
                    kept = new Checked(modified, size, parse(file, path));
                    KEPT.put(key, kept);
                }
                problems.addAll(kept.problems());
            } catch (IOException e) { // a file that vanished while the folder was read
                problems.add(unreadable(path, e));
            }
        }
        return problems;
    }

    /** The problems of one file: none, or the one line that says what is wrong with it. */
    private static List<Problem> parse(Path file, String path) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            if (new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader) == null) {
                return List.of(new Problem(path, 1, "holds no data, only comments or nothing. Add its entries"
                        + " (the comments at the top of the other files in data/ show how), or remove the file."));
            }
            return List.of();
        } catch (MarkedYAMLException e) {
            return List.of(new Problem(path, line(e), notValid(e)));
        } catch (IOException | RuntimeException e) { // unreadable bytes (not UTF-8) or a file that vanished
            return List.of(unreadable(path, e));
        }
    }

    private static Problem unreadable(String path, Exception e) {
        return new Problem(path, 0, "cannot be read as text (" + e.getMessage() + "). Save it again as UTF-8 text.");
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
