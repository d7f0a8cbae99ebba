package clinic.site;

import clinic.site.benchmark.BenchmarkCorpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.support.BakedSite;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

/**
 * The synthetic articles of the build benchmark (scripts/benchmark, clinic.site.benchmark.BenchmarkCorpus) follow the content model:
 * a fixture site made of a dozen of them bakes with every in-bake check passing, and the pages have what makes
 * them realistic (sections, a table, lists, cross links to each other, a bibliography that the citations reach).
 */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class BenchmarkCorpusIT {

    static final int COUNT = 12;

    @Test
    void generated_articles_pass_every_check_and_look_like_real_articles(@TempDir Path dir) throws Exception {
        Path generated = dir.resolve("generated");
        BenchmarkCorpus.main(new String[] {String.valueOf(COUNT), generated.toString()});
        String output = "generated into " + generated;

        List<Path> files;
        try (Stream<Path> s = Files.walk(generated.resolve("patients"))) {
            files = s.filter(p -> p.getFileName().toString().equals("index.adoc")).sorted().toList();
        }
        assertEquals(COUNT, files.size(), output);

        FixtureSite site = new FixtureSite(dir.resolve("site")).withMinimalHome();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertTrue(text.contains("\n~~~~~~\n") && text.contains("type=article\n") && text.contains("reviewer=medical_director\n"),
                    "not a JBake article header: " + file);
            site.write("patients/" + file.getParent().getFileName() + "/index.adoc", text);
        }
        FixtureSite.Result result = site.bake();
        assertTrue(result.errors().isEmpty(), result.allErrors());

        Document page = Jsoup.parse(result.read("patients/bench-0001/index.html"));
        assertTrue(page.select("main h2").size() >= 6, "sections");
        assertEquals(1, page.select("main table.tableblock").size(), "one data table (admonitions are tables too)");
        assertTrue(page.select("main ul li").size() >= 5 && page.select("main ol li").size() >= 4, "lists");
        assertTrue(page.select("main a[href^=/patients/bench-]").size() >= 3, "links to other generated articles");
        assertTrue(page.select("main a[href^=#]").stream().allMatch(a -> page.getElementById(a.attr("href").substring(1)) != null),
                "every citation reaches its bibliography entry");
        assertTrue(page.select("main a[href^=https://doi.org/]").size() >= 4, "references with DOIs");
    }
}
