package clinic.site.content;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The clinic's facts (jbake.properties clinic.*, and the site's address, site.baseurl) that still hold example
 * values: the word "example" or a fictional 555-01xx number. The example banner shows while any remains, and the
 * production build refuses them (clinic.site.validation.ProductionRules).
 */
public final class ClinicFacts {
    private static final Pattern EXAMPLE = Pattern.compile("(?is).*(example|555[\\s.-]*01\\d\\d).*");

    /** One fact still holding an example: its key as jbake.properties writes it ("clinic.phone") and its value. */
    public record Example(String key, String value) {
    }

    private ClinicFacts() {
    }

    /**
     * PROJECT/jbake.properties as it is written (the clinic's facts, clinic.*, and the site's settings), read as JBake
     * reads it (UTF-8), for the code that needs a value before JBake's configuration exists or outside the bake.
     */
    public static Properties settings(Path project) throws IOException {
        Properties settings = new Properties();
        try (Reader in = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.UTF_8)) {
            settings.load(in);
        }
        return settings;
    }

    /** True for a value that is still an example. */
    public static boolean isExample(String value) {
        return EXAMPLE.matcher(value).matches();
    }

    /**
     * The facts still holding examples, by key, from JBake's configuration as templates see it (keys with
     * underscores, "clinic_phone"; a value with commas split into a list).
     */
    public static List<Example> examples(Map<String, ?> config) {
        Map<String, Example> found = new TreeMap<>();
        config.forEach((key, raw) -> {
            if (key.startsWith("clinic_") || key.equals("site_baseurl")) {
                String value = text(raw);
                if (isExample(value)) {
                    String dotted = key.replaceFirst("_", ".");
                    found.put(dotted, new Example(dotted, value));
                }
            }
        });
        return new ArrayList<>(found.values());
    }

    /** A configuration value as text: a value JBake split at commas joined again. */
    public static String text(Object raw) {
        if (raw instanceof Iterable<?> parts) {
            List<String> items = new ArrayList<>();
            parts.forEach(p -> items.add(String.valueOf(p)));
            return String.join(", ", items);
        }
        return raw == null ? "" : String.valueOf(raw);
    }
}
