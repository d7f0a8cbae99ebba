package clinic.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import clinic.site.bake.Bake;
import clinic.site.bake.SiteStore;

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * A throw-away site made of the project's real templates, assets and jbake.properties plus fixture content,
 * baked by the build's engine (clinic.site.bake.Bake, as `mvn package` runs it). Used to prove what the build does
 * with bad or hostile input without touching content/.
 */
public final class FixtureSite {

    private final Path dir;
    private final Properties properties = new Properties();

    public FixtureSite(Path dir) {
        this.dir = dir;
        properties.setProperty("site.baseurl", "http://localhost:8820");
        properties.setProperty("site.mode", "development");
        copy(BakedSite.project().resolve("templates"), dir.resolve("templates"));
        copy(BakedSite.project().resolve("assets"), dir.resolve("assets"));
        copy(BakedSite.project().resolve("jbake.properties"), dir.resolve("jbake.properties"));
    }

    /** A home page and patient section with no links to pages a fixture does not have. */
    public FixtureSite withMinimalHome() {
        write("index.adoc", "title=Fixture home\ndescription=The home page of a fixture site.\ntype=home\nstatus=published\n~~~~~~\nWelcome.\n");
        return write("patients/index.adoc", "title=For patients\ndescription=Fixture patient section.\ntype=section\naudience=patients\nstatus=published\n~~~~~~\nArticles.\n");
    }

    /** Copies a file or folder of the real project's content/ into the fixture (e.g. "index.adoc"). */
    public FixtureSite withProjectContent(String relative) {
        copy(BakedSite.project().resolve("content").resolve(relative), dir.resolve("content").resolve(relative));
        return this;
    }

    /** Writes a content file, e.g. write("patients/x/index.adoc", "title=...\n~~~~~~\nBody"). */
    public FixtureSite write(String relative, String text) {
        return writeFile("content/" + relative, text);
    }

    /** A valid patient article, with header fields replaced or added ("field=value"; "field=" removes it). */
    public static String article(String title, String... overrides) {
        java.util.LinkedHashMap<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("title", title);
        fields.put("description", "A fixture article used by the tests.");
        fields.put("type", "article");
        fields.put("status", "published");
        fields.put("audience", "patients");
        fields.put("group", "treatment");
        fields.put("order", "10");
        fields.put("author", "Clinic editorial team");
        fields.put("reviewer", "medical_director");
        fields.put("reviewed", java.time.LocalDate.now().minusDays(10).toString());
        fields.put("next_review", java.time.LocalDate.now().plusDays(300).toString());
        for (String o : overrides) {
            String key = o.substring(0, o.indexOf('='));
            String value = o.substring(o.indexOf('=') + 1);
            if (value.isEmpty()) {
                fields.remove(key);
            } else {
                fields.put(key, value);
            }
        }
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(k).append('=').append(v).append('\n'));
        return b.append("~~~~~~\nSome plain text.\n\n== A section\n\nMore text.\n").toString();
    }

    /** Writes a file relative to the fixture's project folder, e.g. writeFile("data/published-urls.yaml", "..."). */
    public FixtureSite writeFile(String relative, String text) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edits the fixture's copy of jbake.properties (its keys win over JBake's defaults; property() wins over it). */
    public FixtureSite replaceInProperties(String from, String to) {
        try {
            Path file = dir.resolve("jbake.properties");
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (!text.contains(from)) {
                throw new IllegalArgumentException("jbake.properties has no '" + from + "'");
            }
            Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets a per-environment property, as the pom does (site.baseurl, site.mode): the bake's, winning over jbake.properties. */
    public FixtureSite property(String key, String value) {
        properties.setProperty(key, value);
        return this;
    }

    /**
     * Bakes into dir/output with the build's engine (clinic.site.bake.Bake: the validation rules, then JBake), and
     * returns the problem lines it would print (empty when the bake succeeded).
     */
    public Result bake() {
        Path output = dir.resolve("output");
        SiteStore store = new SiteStore();
        try {
            Bake.Baked baked = Bake.bake(dir, output, properties.getProperty("site.baseurl"),
                    properties.getProperty("site.mode"), store, properties);
            return new Result(output, baked.problems());
        } finally {
            store.forget();
        }
    }

    /** Bakes into dir/output with stock JBake alone (its Oven, no validation, no store of ours), as a reference. */
    public Result bakeWithStockJBake() {
        Path output = dir.resolve("output");
        // OrientDB hashes its admin password 65,536 times on every start (a second of CPU); not what is compared.
        System.setProperty("security.userPasswordSaltIterations", "1");
        try {
            DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                    .createDefaultJbakeConfiguration(dir.toFile(), output.toFile(), true);
            config.addConfiguration(properties);
            Oven oven = new Oven(config);
            oven.bake();
            List<String> errors = new ArrayList<>();
            for (Throwable t : oven.getErrors()) {
                errors.add(String.valueOf(t));
            }
            return new Result(output, errors);
        } catch (Exception e) {
            throw new IllegalStateException("JBake could not start on the fixture site " + dir, e);
        }
    }

    /** What a fixture bake produced. */
    public record Result(Path output, List<String> errors) {
        public String allErrors() {
            return String.join("\n", errors);
        }

        /** True when one problem line names `file` (as "file:line: " or "file: ") and contains `message`. */
        public boolean shows(String file, String message) {
            return errors.stream().anyMatch(e -> e.matches("\\Q" + file + "\\E(:\\d+)?: .*") && e.contains(message));
        }

        public String read(String relative) {
            try {
                return Files.readString(output.resolve(relative), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void copy(Path from, Path to) {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
