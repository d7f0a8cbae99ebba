package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.support.BakedSite;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

/** The starter file an editor copies: refused while empty, with a message per field; accepted once filled in. */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class StarterArticleIT {

    static String starter() throws Exception {
        return Files.readString(BakedSite.project().resolve("docs/starter-article.adoc"), StandardCharsets.UTF_8);
    }

    @Test
    void the_unfilled_starter_names_every_field_to_fill(@TempDir Path dir) throws Exception {
        String errors = new FixtureSite(dir).withMinimalHome().write("patients/new/index.adoc", starter()).bake().allErrors();
        for (String field : new String[] {"title", "description", "group", "order", "reviewed", "next_review"}) {
            assertTrue(errors.contains("field '" + field + "' is empty"), "no message for " + field + ":\n" + errors);
        }
    }

    @Test
    void the_filled_in_starter_passes_every_check(@TempDir Path dir) throws Exception {
        String filled = starter()
                .replace("title=\n", "title=What to bring to your infusion\n")
                .replace("description=\n", "description=A short list of what to bring on the day of your ketamine infusion.\n")
                .replace("status=draft\n", "status=published\n")
                .replace("group=\n", "group=treatment\n")
                .replace("order=\n", "order=15\n")
                .replace("reviewed=\n", "reviewed=" + LocalDate.now() + "\n")
                .replace("next_review=\n", "next_review=" + LocalDate.now().plusYears(1) + "\n");
        FixtureSite.Result result = new FixtureSite(dir).withMinimalHome().write("patients/new/index.adoc", filled).bake();
        assertTrue(result.errors().isEmpty(), result.allErrors());
        assertTrue(result.read("patients/new/index.html").contains("What to bring to your infusion"));
    }
}
