package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages kept by Fingerprint in target/build-cache/fingerprint are copied only while the page's bytes and the new names
 * are as before: every finished site is byte for byte the one finished with nothing kept, after a changed stylesheet
 * (a new name) or a changed page too, and the folder holds only what the last build used.
 */
class FingerprintKeptIT {
    @TempDir
    Path dir;

    private static final String PAGE = "<!DOCTYPE html><html><head><link rel=\"stylesheet\" href=\"/css/site.css\">"
            + "<script type=\"module\" src=\"/js/a.js\"></script></head><body><p>TEXT</p></body></html>\n";

    /** A baked site with this stylesheet and page text. */
    private Path site(String name, String css, String text) throws IOException {
        Path site = dir.resolve(name);
        Files.createDirectories(site.resolve("css"));
        Files.createDirectories(site.resolve("js"));
        Files.createDirectories(site.resolve("x"));
        Files.writeString(site.resolve("css/site.css"), css);
        Files.writeString(site.resolve("js/a.js"), "export const a = 1;\n");
        Files.writeString(site.resolve("index.html"), PAGE.replace("TEXT", text));
        Files.writeString(site.resolve("x/index.html"), PAGE.replace("TEXT", "Other page"));
        Files.writeString(site.resolve("plain.html"), "<p>No stylesheet here</p>\n");
        return site;
    }

    private static Map<String, String> files(Path site) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(site)) {
            for (Path f : all.filter(Files::isRegularFile).toList()) {
                files.put(site.relativize(f).toString(), Files.readString(f));
            }
        }
        return files;
    }

    /** Finishes a site with the kept pages and one without, from the same bake, and checks they are the same. */
    private Map<String, String> finish(int build, String css, String text) throws IOException {
        Path kept = site("kept" + build, css, text);
        Path fresh = site("fresh" + build, css, text);
        Fingerprint.fingerprint(kept, dir.resolve("cache"));
        Fingerprint.fingerprint(fresh);
        assertEquals(files(fresh), files(kept), "build " + build + ": the site finished with nothing kept");
        return files(kept);
    }

    @Test
    void kept_pages_are_used_only_while_the_page_and_the_names_are_unchanged() throws IOException {
        finish(1, "p { color: black; }\n", "First text");
        try (Stream<Path> kept = Files.list(dir.resolve("cache"))) {
            assertEquals(3, kept.count(), "two rewritten pages, and one that needed no change");
        }
        finish(2, "p { color: black; }\n", "First text");
        Map<String, String> newCss = finish(3, "p { color: navy; }\n", "First text");
        assertTrue(newCss.get("index.html").contains(newCss.keySet().stream().filter(f -> f.startsWith("css/"))
                .findFirst().orElseThrow().substring("css".length())), "the page names the new stylesheet");
        Map<String, String> newText = finish(4, "p { color: navy; }\n", "Second text");
        assertTrue(newText.get("index.html").contains("Second text"));
        try (Stream<Path> kept = Files.list(dir.resolve("cache"))) {
            assertEquals(3, kept.count(), "only what the last build used is kept");
        }
    }
}
