package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Date;
import java.util.Set;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A kept conversion is handed out only while every input it was read from is unchanged: the page's bytes and date,
 * each file its includes looked for (found or not), the settings and data/. Anything else means converting again.
 */
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ) // its conversion context holds the system properties
class ConversionCacheTest {
    @TempDir
    Path project;
    private Path page;
    private Path partial;
    private DocumentModel converted;

    @BeforeEach
    void project() throws IOException {
        page = write("content/patients/a/index.adoc", "title=A\n~~~~~~\ninclude::../../_partials/p.adoc[]\n");
        partial = write("content/_partials/p.adoc", "Shared words.\n");
        write("data/clinic-protocol.yaml", "wait: 60\n");
        write("jbake.properties", "site.host=http://localhost\n");
        converted = new DocumentModel();
        converted.setTitle("A");
        converted.setBody("<p>Shared words.</p>");
        converted.setDate(new Date(1_700_000_000_000L));
        converted.setTags(new String[] {"one", "two"});
    }

    @Test
    void an_unchanged_page_is_handed_out_as_it_was_converted() {
        cache().put(page.toFile(), converted, Set.of(partial));
        DocumentModel kept = cache().get(page.toFile());
        assertNotNull(kept, "nothing changed, so the kept conversion is used");
        assertEquals(converted.getBody(), kept.getBody());
        assertEquals(converted.getDate(), kept.getDate());
        assertEquals(String.join(",", converted.getTags()), String.join(",", kept.getTags()));
    }

    @Test
    void a_changed_include_means_converting_again_and_its_old_text_is_used_again() throws IOException {
        cache().put(page.toFile(), converted, Set.of(partial));
        Files.writeString(partial, "Other words.\n");
        assertNull(cache().get(page.toFile()));
        Files.writeString(partial, "Shared words.\n");
        assertNotNull(cache().get(page.toFile()), "the include is as it was when the page was converted");
    }

    @Test
    void an_include_that_was_missing_and_now_exists_means_converting_again() throws IOException {
        Path missing = project.resolve("content/_partials/later.adoc");
        cache().put(page.toFile(), converted, Set.of(partial, missing));
        assertNotNull(cache().get(page.toFile()));
        write("content/_partials/later.adoc", "Now here.\n");
        assertNull(cache().get(page.toFile()));
    }

    @Test
    void a_changed_page_or_page_date_means_converting_again() throws IOException {
        cache().put(page.toFile(), converted, Set.of(partial));
        Files.setLastModifiedTime(page, FileTime.fromMillis(Files.getLastModifiedTime(page).toMillis() - 60_000));
        assertNull(cache().get(page.toFile()), "JBake dates a page without a date by its file");
        cache().put(page.toFile(), converted, Set.of(partial));
        Files.writeString(page, "title=A\n~~~~~~\nNew text.\n");
        assertNull(cache().get(page.toFile()));
    }

    @Test
    void changed_settings_data_or_messages_mean_converting_again() throws IOException {
        cache().put(page.toFile(), converted, Set.of(partial));
        write("data/clinic-protocol.yaml", "wait: 90\n");
        assertNull(cache().get(page.toFile()), "the protocol:: macro reads data/");
        cache().put(page.toFile(), converted, Set.of(partial));
        write("jbake.properties", "site.host=http://localhost\nclinic.phone=555\n");
        assertNull(cache().get(page.toFile()), "every setting reaches Asciidoctor as an attribute");
        cache().put(page.toFile(), converted, Set.of(partial));
        write("templates/messages/en.properties", "figure.ketamine = Ketamina\n");
        assertNull(cache().get(page.toFile()), "the figures drawn during conversion take their words from the messages");
    }

    @Test
    void the_list_of_published_addresses_that_the_build_itself_extends_keeps_every_page() throws IOException {
        // A build that publishes new pages adds them to data/published-urls.yaml (NewPageUrls); no conversion reads
        // it, so the next build must not convert every page again (the benchmark's first "again" did).
        write("data/published-urls.yaml", "- /\n");
        cache().put(page.toFile(), converted, Set.of(partial));
        write("data/published-urls.yaml", "- /\n- /patients/a/\n");
        assertNotNull(cache().get(page.toFile()), "data/published-urls.yaml changed and the page was converted again");
    }

    @Test
    void a_page_never_kept_is_converted() {
        assertNull(cache().get(page.toFile()));
        assertNull(cache().get(new File(project.toFile(), "content/none.adoc")));
    }

    private ConversionCache cache() {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), project.resolve("out").toFile(), false);
        return ConversionCache.of(project, config);
    }

    private Path write(String relative, String text) throws IOException {
        Path file = project.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }
}
