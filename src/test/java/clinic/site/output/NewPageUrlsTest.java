package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** data/published-urls.yaml is kept by the build: new pages are added, on CI a missing one stops the build. */
class NewPageUrlsTest {

    static final String BASE = "https://www.example.org";
    static final String LIST = "# Every URL this site has ever published.\n# Never delete a line.\n- /\n- /old/\n- /patients/\n";

    @TempDir
    Path project;
    Path site;

    @BeforeEach
    void bakedSite() throws Exception {
        site = Files.createDirectories(project.resolve("target/site"));
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve(NewPageUrls.FILE), LIST);
        Files.writeString(site.resolve("sitemap.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
                  <url><loc>https://www.example.org/</loc></url>
                  <url><loc>https://www.example.org/help-now/</loc></url>
                  <url><loc>https://www.example.org/patients/</loc></url>
                  <url><loc>https://www.example.org/patients/new-page/</loc></url>
                </urlset>
                """);
    }

    @Test
    void new_pages_are_added_in_order_and_nothing_is_removed() throws Exception {
        NewPageUrls.Kept kept = NewPageUrls.keep(project, site, BASE, false);
        assertEquals(List.of("/help-now/", "/patients/new-page/"), kept.added());
        assertTrue(kept.problems().isEmpty());
        assertEquals("# Every URL this site has ever published.\n# Never delete a line.\n- /\n- /help-now/\n- /old/\n"
                + "- /patients/\n- /patients/new-page/\n", Files.readString(project.resolve(NewPageUrls.FILE)));
    }

    @Test
    void a_second_build_adds_nothing() throws Exception {
        NewPageUrls.keep(project, site, BASE, false);
        NewPageUrls.Kept again = NewPageUrls.keep(project, site, BASE, false);
        assertTrue(again.added().isEmpty() && again.problems().isEmpty(), again.toString());
    }

    @Test
    void on_a_ci_server_the_file_is_left_alone_and_the_build_is_told_why() throws Exception {
        NewPageUrls.Kept kept = NewPageUrls.keep(project, site, BASE, true);
        assertEquals(LIST, Files.readString(project.resolve(NewPageUrls.FILE)));
        assertEquals(List.of("data/published-urls.yaml: /help-now/, /patients/new-page/ are published but not in the list"
                + " of permanent URLs. Build once on your computer (./preview or mvn package adds them), then commit"
                + " data/published-urls.yaml with your change."), kept.problems());
    }

    @Test
    void a_project_without_the_list_gets_one(@TempDir Path other) throws Exception {
        Path otherSite = Files.createDirectories(other.resolve("site"));
        Files.copy(site.resolve("sitemap.xml"), otherSite.resolve("sitemap.xml"));
        NewPageUrls.Kept kept = NewPageUrls.keep(other, otherSite, BASE, false);
        assertEquals(4, kept.added().size());
        String list = Files.readString(other.resolve(NewPageUrls.FILE));
        assertTrue(list.startsWith("# Every URL this site has ever published.") && list.endsWith("- /patients/new-page/\n"), list);
    }
}
