package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.model.Messages;

/**
 * The pages the public build writes at old addresses speak the site's language in its messages file's words, like
 * every other page: a second language is a second messages file, with no English left in the Java.
 */
class FinishTest {

    @Test
    void a_redirect_page_speaks_the_sites_language(@TempDir Path project) throws IOException {
        Files.createDirectories(project.resolve(Messages.FOLDER));
        Files.writeString(project.resolve(Messages.FOLDER + "/es.properties"), """
                moved.title = Esta página ha cambiado de lugar
                moved.description = Esta página ahora está en {address}.
                moved.link = Ir a la página nueva
                skip_link = Saltar al contenido principal
                """, StandardCharsets.UTF_8);
        String html = Finish.redirectPage(Messages.of(project, "es-US"), "es-US", "/pacientes/antes/",
                "https://example.org/pacientes/antes/");
        Document page = Jsoup.parse(html);
        assertEquals("es-US", page.selectFirst("html").attr("lang"));
        assertEquals("Esta página ha cambiado de lugar", page.title());
        assertEquals("Esta página ha cambiado de lugar", page.selectFirst("h1").text());
        assertEquals("Esta página ahora está en /pacientes/antes/.", page.selectFirst("meta[name=description]").attr("content"));
        assertEquals("Ir a la página nueva", page.selectFirst("main a[href=/pacientes/antes/]").text());
        assertEquals("Saltar al contenido principal", page.selectFirst("a.app-skip-link").text());
        assertFalse(html.contains("moved") || html.contains("Skip to"), "English left in the page: " + html);
    }
}
