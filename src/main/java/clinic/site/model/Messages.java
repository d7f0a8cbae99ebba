package clinic.site.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The words of the page chrome in one language: templates/messages/LANGUAGE.properties (en.properties for
 * site.language en-US), read once per bake. A second language is a second file with the same keys. Each message is
 * the site's own HTML with {name} places the template fills (templates/lib/util.ftl, function t).
 */
public final class Messages {
    /** Where the messages live, relative to the project. */
    public static final String FOLDER = "templates/messages";

    private final String file;
    private final Map<String, String> texts;

    private Messages(String file, Map<String, String> texts) {
        this.file = file;
        this.texts = texts;
    }

    /** The messages of `language` (a tag such as "en-US"; its first part names the file) in `project`. */
    public static Messages of(Path project, String language) {
        String file = FOLDER + "/" + language.split("-")[0].toLowerCase(Locale.ROOT) + ".properties";
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(project.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be read: every template's words are there", e);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put(key.toString(), value.toString()));
        return new Messages(file, texts);
    }

    /** The message `key`, or an error naming the file to add it to (a template asked for a key the file lacks). */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new IllegalArgumentException(file + " has no message '" + key + "': add a line " + key + " = ...");
        }
        return text;
    }

    /** The message `key` with its one {name} place filled with `value` as it is. */
    public String get(String key, String name, String value) {
        return get(key).replace("{" + name + "}", value);
    }

    /** Every key and its text, in key order. */
    public Map<String, String> all() {
        return texts;
    }
}
