package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.content.ContentModel;
import clinic.site.content.Page;
import clinic.site.files.FileTree;

/**
 * Validation keeps what checkSources made of each file (its header's problems, its page) from one check to the next
 * (the preview's next save) by everything that is made of: the file's path, its bytes and the content model. Each
 * input is changed in turn below, and every check must equal one with nothing kept: the same project copied to a
 * folder never checked before.
 */
class SourcesKeptTest {
    @TempDir
    Path dir;

    /** A check of `project` as the editor reads it: its problems, then its pages' addresses and titles. */
    private static List<String> check(Path project, ContentModel model) {
        Validation validation = new Validation(project, model);
        List<String> seen = new ArrayList<>(validation.checkSources().stream().map(Problem::toString).toList());
        for (Page page : validation.pages()) {
            seen.add(page.sitePath() + " " + page.title() + " " + page.status());
        }
        return seen;
    }

    /** The same check of a copy of `project` in a new folder, where nothing can have been kept. */
    private List<String> fresh(Path project, ContentModel model) throws IOException {
        Path copy = Files.createTempDirectory(dir, "fresh");
        FileTree.copyTree(project, copy);
        return check(copy, model);
    }

    private static Path write(Path project, String page, String text) throws IOException {
        Path file = project.resolve("content/patients/" + page + "/index.adoc");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    /**
     * A check that starts from what the check before it kept, compared with one with nothing kept; then the project is
     * checked once more, so that the next step starts from its work again (the copy's check replaced what was kept).
     */
    private List<String> checked(Path project, ContentModel model) throws IOException {
        List<String> kept = check(project, model);
        assertEquals(fresh(project, model), kept, "a check with kept work equals one with nothing kept");
        assertEquals(kept, check(project, model));
        return kept;
    }

    @Test
    void a_kept_check_is_redone_when_a_files_bytes_its_path_or_the_content_model_change() throws IOException {
        Path project = Files.createDirectories(dir.resolve("project"));
        Path a = write(project, "a", HeaderRulesTest.ARTICLE);
        write(project, "b", HeaderRulesTest.ARTICLE.replace("title=A title", "title=Page B"));
        List<String> before = checked(project, HeaderRulesTest.MODEL);
        assertEquals(List.of("/patients/a/ A title published", "/patients/b/ Page B published"), before);

        // The bytes: a new title and a mistake, in a file of the same size, so only its bytes tell.
        long size = Files.size(a);
        Files.writeString(a, HeaderRulesTest.ARTICLE.replace("title=A title", "title=A Title").replace("order=10", "order=1x"));
        assertEquals(size, Files.size(a));
        assertEquals(List.of("content/patients/a/index.adoc:7: field 'order' is '1x'; use a whole number such as 10.",
                "/patients/a/ A Title published", "/patients/b/ Page B published"), checked(project, HeaderRulesTest.MODEL));
        Files.writeString(a, HeaderRulesTest.ARTICLE);
        assertEquals(before, checked(project, HeaderRulesTest.MODEL), "the mistake is mended");

        // The path: the same bytes at another address.
        Files.createDirectories(project.resolve("content/patients/c"));
        Files.move(a, project.resolve("content/patients/c/index.adoc"));
        assertEquals(List.of("/patients/b/ Page B published", "/patients/c/ A title published"),
                checked(project, HeaderRulesTest.MODEL));

        // The content model: a shorter description limit, and a day after the next review.
        ContentModel strict = new ContentModel(HeaderRulesTest.MODEL.audiences(), HeaderRulesTest.MODEL.groups(), 10,
                HeaderRulesTest.MODEL.today(), HeaderRulesTest.MODEL.attributes(), "en-US", Set.of("en"));
        assertEquals(List.of(
                "content/patients/b/index.adoc:2: field 'description' is 14 characters long; the limit is 10. Shorten it.",
                "content/patients/c/index.adoc:2: field 'description' is 14 characters long; the limit is 10. Shorten it.",
                "/patients/b/ Page B published", "/patients/c/ A title published"), checked(project, strict));
        ContentModel later = new ContentModel(HeaderRulesTest.MODEL.audiences(), HeaderRulesTest.MODEL.groups(), 160,
                LocalDate.of(2027, 12, 1), HeaderRulesTest.MODEL.attributes(), "en-US", Set.of("en"));
        assertEquals(2, checked(project, later).stream().filter(p -> p.contains("the review was due on 2027-11-01")).count());
        assertEquals(List.of("/patients/b/ Page B published", "/patients/c/ A title published"),
                checked(project, HeaderRulesTest.MODEL), "the model as it was");
    }
}
