package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

/** The production build refuses example clinic facts, and accepts real ones. */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class ProductionModeIT {

    @Test
    void production_refuses_to_bake_while_example_facts_remain(@TempDir Path dir) {
        FixtureSite.Result result = new FixtureSite(dir)
                .withMinimalHome()
                .property("site.mode", "production")
                .property("site.baseurl", "https://clinic.test")
                .bake();
        String errors = result.allErrors();
        // Each example is named where it is written (file and line), as a problem with the clinic's facts, never
        // blamed on a page that shows it.
        assertTrue(result.shows("jbake.properties", "clinic.phone=(212) 555-0100 is an example value; replace it"
                + " with the clinic's real value (the production build refuses examples)"), errors);
        assertTrue(result.shows("jbake.properties", "clinic.medical_director="), errors);
        assertTrue(result.shows("jbake.properties", "clinic.editorial_email="), "the report-a-problem address is an example too:\n" + errors);
        assertTrue(errors.lines().allMatch(l -> l.matches("(jbake\\.properties|pom\\.xml|data/clinic-protocol\\.yaml)(:\\d+)?: .*")),
                "a line that is not a clinic fact's file and line:\n" + errors);
    }

    @Test
    void production_names_each_protocol_value_still_marked_example_at_its_line(@TempDir Path dir) throws Exception {
        FixtureSite site = new FixtureSite(dir).withMinimalHome()
                .writeFile("data/clinic-protocol.yaml", java.nio.file.Files.readString(
                        clinic.site.support.BakedSite.project().resolve("data/clinic-protocol.yaml")));
        FixtureSite.Result result = site.property("site.mode", "production")
                .property("site.baseurl", "https://clinic.test").bake();
        assertTrue(result.errors().stream().anyMatch(e -> e.matches("data/clinic-protocol\\.yaml:\\d+: entry '[a-z0-9_]+'"
                + " is marked example: true; .*")), result.allErrors());
    }

    @Test
    void development_builds_show_a_sample_banner_instead(@TempDir Path dir) {
        FixtureSite.Result result = new FixtureSite(dir).withMinimalHome().bake();
        assertTrue(result.errors().isEmpty(), result.allErrors());
        assertTrue(result.read("index.html").contains("app-example-banner"), "no sample banner on the home page");
        assertTrue(result.read("patients/index.html").contains("edit this page in <code>content/patients/index.adoc</code>"),
                "no note for editors naming the source file in a development build");
    }

    @Test
    void production_bakes_once_every_fact_is_real(@TempDir Path dir) {
        FixtureSite site = new FixtureSite(dir).withMinimalHome();
        java.util.Properties props = new java.util.Properties();
        try (var in = java.nio.file.Files.newBufferedReader(dir.resolve("jbake.properties"))) {
            props.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        // Replace every clinic value with a plausible real one (no "example", no 555-01xx).
        int n = 0;
        for (String key : props.stringPropertyNames()) {
            if (key.startsWith("clinic.")) {
                String line = key + "=" + props.getProperty(key).replace(",", "\\,");
                site.replaceInProperties(line, key + "=Real value " + (++n));
            }
        }
        FixtureSite.Result result = site.property("site.mode", "production")
                .property("site.baseurl", "https://clinic.test").bake();
        assertTrue(result.errors().isEmpty(), result.allErrors());
        assertTrue(!result.read("index.html").contains("app-example-banner"), "sample banner still shown");
        assertTrue(!result.read("patients/index.html").contains("app-editor-note"), "the editors' note reached the public build");
        assertTrue(result.read("patients/index.html").contains("href=\"mailto:Real value"), "no report-a-problem link to the editorial address");
    }
}
