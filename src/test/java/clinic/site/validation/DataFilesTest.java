package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every YAML file under data/ parses, or the bake stops with one line per file: the file, the line, what to do. */
class DataFilesTest {

    @Test
    void a_data_file_that_is_not_yaml_is_named_with_its_line_and_the_fix(@TempDir Path project) throws IOException {
        write(project, "data/good.yaml", "- name: fine\n  text: \"a value: in quotes\"\n");
        // The mistake an editor makes most: a colon and a space inside a plain value.
        write(project, "data/figures/bad.yaml", "rows:\n  - outcome: Severe hypertension: 17 patients\n");
        write(project, "data/notes.txt", "not YAML, and not read as YAML: only .yaml and .yml files are\n");
        assertEquals(List.of(new Problem("data/figures/bad.yaml", 2, "this is not valid YAML (mapping values are not"
                + " allowed here). Check the indentation and put text with a colon in \"quotes\".")), DataFiles.check(project));
    }

    @Test
    void a_data_file_with_nothing_but_comments_is_named(@TempDir Path project) throws IOException {
        // JBake failed on such a file with a NullPointerException's message.
        write(project, "data/empty.yaml", "");
        write(project, "data/comments.yaml", "# The trials behind the evidence table.\n# (all entries deleted)\n");
        String fix = "holds no data, only comments or nothing. Add its entries (the comments at the top of the other"
                + " files in data/ show how), or remove the file.";
        assertEquals(List.of(new Problem("data/comments.yaml", 1, fix), new Problem("data/empty.yaml", 1, fix)),
                DataFiles.check(project));
    }

    @Test
    void valid_data_and_no_data_folder_are_not_problems(@TempDir Path project) throws IOException {
        assertEquals(List.of(), DataFiles.check(project));
        write(project, "data/a.yml", "key: value\n");
        write(project, "data/list.yaml", "- a\n- b\n");
        assertEquals(List.of(), DataFiles.check(project));
    }

    private static void write(Path project, String path, String text) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
