package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.model.Messages;
import clinic.site.support.BakedSite;

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
                footer.crisis = Si está en crisis, llame o envíe un texto al {call}. En una emergencia, llame al {emergency}.
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

    @Test
    void a_redirect_page_points_a_reader_in_crisis_to_988_and_911() throws IOException {
        // An old address can be the one a reader in crisis has bookmarked: the page it lands on, however briefly,
        // carries the crisis line every other page has (the footer's words, from the messages file).
        String html = Finish.redirectPage(Messages.of(BakedSite.project(), "en-US"), "en-US", "/patients/after-your-infusion/",
                "https://example.org/patients/after-your-infusion/");
        Document page = Jsoup.parse(html);
        var crisis = page.selectFirst("main .app-footer__crisis");
        assertTrue(crisis != null, "no crisis line: " + html);
        assertEquals("988", crisis.selectFirst("a[href=tel:988]").text());
        assertEquals("911", crisis.selectFirst("a[href=tel:911]").text());
    }
}
