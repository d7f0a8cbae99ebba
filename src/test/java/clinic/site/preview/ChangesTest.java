package clinic.site.preview;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview wakes when a watched file changes, in a new folder too, long before its longest wait; and waits the
 * whole time when nothing changes (Changes).
 */
class ChangesTest {
    static final long WAIT = 3_000;

    @Test
    void a_save_wakes_the_preview_at_once_and_nothing_does_not(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("content/patients"));
        Files.writeString(project.resolve("content/patients/a.adoc"), "one");
        ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();
        try (Changes changes = new Changes(project, List.of("content"))) {
            long quiet = took(() -> changes.await(300));
            assertTrue(quiet >= 290, "woke after " + quiet + " ms with nothing changed");

            later.schedule(() -> write(project.resolve("content/patients/a.adoc"), "two"), 100, TimeUnit.MILLISECONDS);
            long saved = took(() -> changes.await(WAIT));
            assertTrue(saved < WAIT / 2, "a save woke the preview only after " + saved + " ms");

            // A new article's folder: its folder's creation wakes the preview, and from then on its file's saves do.
            later.schedule(() -> write(project.resolve("content/patients/new/index.adoc"), "new"), 100, TimeUnit.MILLISECONDS);
            assertTrue(took(() -> changes.await(WAIT)) < WAIT / 2, "a new folder did not wake the preview");
            Thread.sleep(100);
            changes.await(50); // whatever the new file's own write left
            later.schedule(() -> write(project.resolve("content/patients/new/index.adoc"), "edited"), 100, TimeUnit.MILLISECONDS);
            long edited = took(() -> changes.await(WAIT));
            assertTrue(edited < WAIT / 2, "a save in a new folder woke the preview only after " + edited + " ms");
        } finally {
            later.shutdownNow();
        }
    }

    interface Wait {
        void run() throws Exception;
    }

    static long took(Wait wait) throws Exception {
        long start = System.nanoTime();
        wait.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
