package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.asciidoctor.Asciidoctor;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.AsciidoctorEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Asciidoctor a first build makes at its start (AheadParser.startEngine) is the one JBake's AsciiDoc engine then
 * converts with: JBake makes no second one (which would cost the 2.7 s the early start saves), and the page is
 * converted as JBake converts it. Fails when a JBake upgrade keeps its engine elsewhere.
 */
class AheadParserIT {
    private static final Path PROJECT = Path.of(System.getProperty("project.dir", "."));

    @Test
    void jbake_converts_with_the_asciidoctor_made_ahead_of_it(@TempDir Path out) throws Exception {
        AsciidoctorEngine jbakes = new AsciidoctorEngine(); // not the registered one: other tests' bakes share that
        Asciidoctor made = Asciidoctor.Factory.create();
        try {
            assertTrue(AheadParser.give(jbakes, made), "AheadParser can give JBake's AsciiDoc engine its Asciidoctor");
            JBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(PROJECT.toFile(), out.toFile(), false);
            DocumentModel page = jbakes.parse(config, PROJECT.resolve("content/patients/what-is-ketamine/index.adoc").toFile());
            assertTrue(page.getBody().contains("<h2"), "the page is converted");
            assertSame(made, AheadParser.engineOf(jbakes), "JBake converted with the Asciidoctor made ahead of it");
            assertFalse(AheadParser.give(jbakes, Asciidoctor.Factory.create()), "an engine that has its Asciidoctor takes no other");
            assertSame(made, AheadParser.engineOf(jbakes), "and keeps the one it had");
        } finally {
            made.close();
        }
    }
}
