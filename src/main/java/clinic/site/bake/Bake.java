package clinic.site.bake;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.*;
import java.util.concurrent.*;
import java.util.stream.Stream;

import clinic.site.images.Photos;
import clinic.site.protocol.ClinicProtocol;

import org.jbake.app.Crawler;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.template.ModelExtractors;

/**
 * One bake with JBake's own engine (its Oven, Crawler and Renderer and the project's templates), into a folder, with
 * the content store and AsciiDoc run-ahead of this package. Used by the public build (clinic.site.Site bake) and the
 * preview (clinic.site.preview.Preview).
 */
public final class Bake {

    private Bake() {
    }

    /** The file extensions JBake converts as AsciiDoc. */
    public static final List<String> ASCIIDOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");

    /** True for the file names JBake converts as AsciiDoc. */
    public static boolean isAsciiDoc(String file) {
        int dot = file.lastIndexOf('.');
        return dot >= 0 && ASCIIDOC_EXTENSIONS.contains(file.substring(dot + 1));
    }

    /** JBake settings that leave out the site-wide lists (home, feed, archive, sitemap, tags, 404). */
    public static Properties listsOff() {
        Properties extra = new Properties();
        for (String list : List.of("index", "feed", "archive", "sitemap", "tags", "error404")) {
            extra.setProperty("render." + list, "false");
        }
        return extra;
    }

    /** One bake of `project` into `out`, converting only what `store` does not already hold. */
    public static Baked bake(Path project, Path out, String baseUrl, String mode, SiteStore store, Properties extra) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), out.toFile(), false);
        Properties props = new Properties();
        props.setProperty("site.baseurl", baseUrl);
        props.setProperty("site.mode", mode);
        props.putAll(extra);
        ClinicProtocol protocol = ClinicProtocol.load(project);
        if (!protocol.problems().isEmpty()) {
            return new Baked(protocol.problems(), "");
        }
        props.putAll(protocol.settings(project));
        config.addConfiguration(props);
        if (store.isNew()) { // a first bake converts every file; a kept store converts only the few that changed
            AheadParser.runAhead(config, project.resolve("content"));
        }
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        utensils.setContentStore(store);
        long[] crawl = new long[2]; // start and end of the crawl, for the timing line below
        utensils.setCrawler(new Crawler(store, config) {
            @Override
            public void crawl() {
                // Registered here, after JBake resets its extractors at the start of the bake. JBake hands a template
                // every extractor's value as a list (FreemarkerTemplateEngine): bake_memo[0].
                store.memo.startBake();
                ModelExtractors.getInstance().registerEngine(BakeMemo.NAME, (db, model, key) -> List.of(store.memo));
                crawl[0] = System.nanoTime();
                super.crawl();
                AheadParser.forgetUnasked(); // a later bake must never get a file's text as it was in this one
                crawl[1] = System.nanoTime();
            }
        });
        utensils.setRenderer(new Renderer(store, config));
        Oven oven = new Oven(utensils);
        long start = System.nanoTime();
        oven.bake();
        String phases = String.format("Site: JBake %.1f s: start %.1f s, reading content %.1f s, writing pages %.1f s",
                (System.nanoTime() - start) / 1e9, (crawl[0] - start) / 1e9, (crawl[1] - crawl[0]) / 1e9,
                (System.nanoTime() - crawl[1]) / 1e9);
        // A check in the templates stops a page with <#stop "message">. JBake passes it on as text, inside its own
        // messages and above FreeMarker's template stack ("----"): keep only the message an editor needs.
        List<String> problems = new ArrayList<>();
        for (Throwable t : oven.getErrors()) {
            String[] parts = String.valueOf(t.getMessage()).split("freemarker\\.core\\.StopException: ");
            for (int i = 1; i < parts.length; i++) {
                String text = parts[i].split("\n----")[0].strip();
                if (!problems.contains(text)) {
                    problems.add(text);
                }
            }
        }
        if (problems.isEmpty()) { // an engine error that is not one of our checks: show it whole
            oven.getErrors().forEach(t -> problems.add(String.valueOf(t)));
        }
        problems.addAll(Photos.publish(project, out)); // JBake copied assets/ as it is: photos resized, originals out
        return new Baked(problems, phases);
    }

    /**
     * What a bake reports: the messages an editor needs ("... cannot be published:" and its "  - " lines; empty when
     * every page baked), and how long JBake's phases took.
     */
    public record Baked(List<String> problems, String phases) {
    }
}
