package clinic.site.validation;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** data/published-urls.yaml: every address the site has published, each with its line in the file. */
final class PublishedUrls {
    static final String FILE = "data/published-urls.yaml";

    private PublishedUrls() {
    }

    /** The addresses and their lines; a problem for each line that is not one (none when there is no file). */
    static Map<String, Integer> read(Path project, List<Problem> problems) {
        Map<String, Integer> urls = new LinkedHashMap<>();
        Path file = project.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return urls;
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(reader);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1;
            problems.add(new Problem(FILE, line, "this is not a list of addresses (" + e.getProblem()
                    + "). Each line is '- /path/'."));
            return urls;
        } catch (IOException e) {
            problems.add(new Problem(FILE, 0, "cannot be read (" + e.getMessage() + ")."));
            return urls;
        }
        if (root == null) {
            return urls;
        }
        if (!(root instanceof SequenceNode list)) {
            problems.add(new Problem(FILE, 1, "must be a list of addresses, one '- /path/' per line."));
            return urls;
        }
        for (Node item : list.getValue()) {
            int line = item.getStartMark().getLine() + 1;
            if (item instanceof ScalarNode s && s.getValue().startsWith("/")) {
                urls.putIfAbsent(s.getValue(), line);
            } else {
                problems.add(new Problem(FILE, line, "each line must be '- /path/' (a site address starting with /)."));
            }
        }
        return urls;
    }
}
