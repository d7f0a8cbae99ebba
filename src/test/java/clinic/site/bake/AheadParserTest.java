package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When a bake makes JBake's Asciidoctor at its very start (AheadParser.startEngine): only when it will convert every
 * page, and JBake would make the engine the same way. No JRuby is started here (AheadParserIT does).
 */
class AheadParserTest {

    @Test
    void a_project_with_no_kept_conversion_starts_the_engine_at_once(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("jbake.properties"), "asciidoctor.attributes=reproducible\n");
        assertTrue(AheadParser.startsEngine(project));
    }

    @Test
    void a_project_with_kept_conversions_may_convert_nothing(@TempDir Path project) throws IOException {
        Files.writeString(project.resolve("jbake.properties"), "asciidoctor.attributes=reproducible\n");
        Files.createDirectories(project.resolve(ConversionCache.FOLDER));
        assertFalse(AheadParser.startsEngine(project));
    }

    @Test
    void an_engine_jbake_makes_with_options_is_left_to_jbake(@TempDir Path project) throws IOException {
        for (String option : new String[] {"asciidoctor.option.requires=asciidoctor-diagram",
                "asciidoctor.option.gemPath=/opt/gems"}) {
            Files.writeString(project.resolve("jbake.properties"), option + "\n");
            assertFalse(AheadParser.startsEngine(project), option);
        }
    }

    @Test
    void a_project_without_settings_is_left_to_the_bake_to_report(@TempDir Path project) {
        assertFalse(AheadParser.startsEngine(project));
    }
}
