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
class PublishedUrlsTest {

    static final String BASE = "https://www.example.org";
    static final String LIST = "# Every URL this site has ever published.\n# Never delete a line.\n- /\n- /old/\n- /patients/\n";

    @TempDir
    Path project;
    Path site;

    @BeforeEach
    void bakedSite() throws Exception {
        site = Files.createDirectories(project.resolve("target/site"));
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve(PublishedUrls.FILE), LIST);
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
        PublishedUrls.Kept kept = PublishedUrls.keep(project, site, BASE, false);
        assertEquals(List.of("/help-now/", "/patients/new-page/"), kept.added());
        assertTrue(kept.problems().isEmpty());
        assertEquals("# Every URL this site has ever published.\n# Never delete a line.\n- /\n- /help-now/\n- /old/\n"
                + "- /patients/\n- /patients/new-page/\n", Files.readString(project.resolve(PublishedUrls.FILE)));
    }

    @Test
    void a_second_build_adds_nothing() throws Exception {
        PublishedUrls.keep(project, site, BASE, false);
        PublishedUrls.Kept again = PublishedUrls.keep(project, site, BASE, false);
        assertTrue(again.added().isEmpty() && again.problems().isEmpty(), again.toString());
    }

    @Test
    void on_a_ci_server_the_file_is_left_alone_and_the_build_is_told_why() throws Exception {
        PublishedUrls.Kept kept = PublishedUrls.keep(project, site, BASE, true);
        assertEquals(LIST, Files.readString(project.resolve(PublishedUrls.FILE)));
        assertEquals(List.of("data/published-urls.yaml: /help-now/, /patients/new-page/ are published but not in the list"
                + " of permanent URLs. Build once on your computer (./preview or mvn package adds them), then commit"
                + " data/published-urls.yaml with your change."), kept.problems());
    }
}
