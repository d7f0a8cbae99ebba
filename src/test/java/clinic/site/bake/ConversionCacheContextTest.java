package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The conversion cache's context holds every setting a page can read, system properties included, but not the JVM's
 * own (sun.*, jdk.*): the PDF engine sets sun.font.fontmanager while it loads on another thread, so a build that
 * printed the PDF and the next one, which copied it, converted every page twice (found with the benchmark).
 */
@ResourceLock(value = Resources.SYSTEM_PROPERTIES, mode = ResourceAccessMode.READ_WRITE) // sets system properties, which are part of the conversion context
class ConversionCacheContextTest {
    @TempDir
    Path project;

    @AfterEach
    void properties() {
        System.clearProperty("sun.clinic.test");
        System.clearProperty("clinic.test.setting");
    }

    private ConversionCache cache() {
        JBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), project.resolve("out").toFile(), false);
        return ConversionCache.of(project, config);
    }

    private Path page() throws IOException {
        Path page = project.resolve("content/a/index.adoc");
        Files.createDirectories(page.getParent());
        Files.writeString(project.resolve("jbake.properties"), "site.host=http://localhost\n");
        return Files.writeString(page, "title=A\n~~~~~~\nText.\n");
    }

    private static DocumentModel converted() {
        DocumentModel doc = new DocumentModel();
        doc.setBody("<p>Text.</p>");
        return doc;
    }

    @Test
    void a_property_the_jvm_sets_for_itself_keeps_the_context() throws IOException {
        Path page = page();
        cache().put(page.toFile(), converted(), Set.of());
        System.setProperty("sun.clinic.test", "set by a library while it loads");
        assertNotNull(cache().get(page.toFile()));
    }

    @Test
    void any_other_system_property_is_a_setting_and_changes_the_context() throws IOException {
        Path page = page();
        cache().put(page.toFile(), converted(), Set.of());
        System.setProperty("clinic.test.setting", "a page could read this");
        assertNull(cache().get(page.toFile()));
    }
}
