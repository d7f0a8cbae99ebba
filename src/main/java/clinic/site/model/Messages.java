package clinic.site.model;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;

import clinic.site.content.ClinicFacts;

/**
 * The words of the page chrome in one language: templates/messages/LANGUAGE.properties (en.properties for
 * site.language en-US), read by the site model once per bake and by the figures, the captions and the referral PDF.
 * A second language is a second file with the same keys (SecondLanguageIT). Each message is
 * the site's own HTML with {name} places the template fills (templates/lib/util.ftl, function t).
 */
public final class Messages {
    /** Where the messages live, relative to the project. */
    public static final String FOLDER = "templates/messages";
    /** A {name} place in a message. */
    private static final Pattern PLACE = Pattern.compile("\\{([a-z_]+)\\}");

    private final String file;
    private final Map<String, String> texts;

    private Messages(String file, Map<String, String> texts) {
        this.file = file;
        this.texts = texts;
    }

    /** The messages of `language` (a tag such as "en-US"; its first part names the file) in `project`. */
    public static Messages of(Path project, String language) {
        String file = fileOf(language);
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

    /**
     * The languages `project` has words for: the names of the files in templates/messages ("en" for en.properties),
     * the first part of a language tag (Messages.of). Empty when the folder cannot be read.
     */
    public static Set<String> languages(Path project) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(project.resolve(FOLDER))) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".properties"))
                    .forEach(n -> found.add(n.substring(0, n.length() - ".properties".length())));
        } catch (IOException e) {
            // no folder: every page is refused for the messages the templates cannot find, with the file named
        }
        return found;
    }

    /** The file of a language tag's words: "es-US" is templates/messages/es.properties. */
    public static String fileOf(String language) {
        return FOLDER + "/" + languageOf(language) + ".properties";
    }

    /**
     * The language of a tag, without its country: "es" for "es-US". It names the messages file, and the fields of a
     * protocol value in that language (value_es, patients_es).
     */
    public static String languageOf(String tag) {
        return tag.split("-")[0].toLowerCase(Locale.ROOT);
    }

    /**
     * Whether two tags name the same language, whatever their countries: es and es-US are one language for the
     * messages, the search, the A to Z, translations and the crisis routes. The one test of it; a page's own tag is
     * still what its <html lang> says.
     */
    public static boolean sameLanguage(String tag, String other) {
        return languageOf(tag).equals(languageOf(other));
    }

    /** The messages of the site's language (siteLanguage). */
    public static Messages ofSite(Path project) {
        try {
            return of(project, siteLanguage(project));
        } catch (IOException e) {
            throw new UncheckedIOException("jbake.properties cannot be read", e);
        }
    }

    /** The site's language: site.language in PROJECT/jbake.properties, en-US when it has none. */
    public static String siteLanguage(Path project) throws IOException {
        return ClinicFacts.settings(project).getProperty("site.language", "en-US");
    }

    /** The message `key`, or an error naming the file to add it to (a template asked for a key the file lacks). */
    public String get(String key) {
        String text = texts.get(key);
        if (text == null) {
            throw new Missing(file + " has no message '" + key + "': add a line " + key + " = ...");
        }
        return text;
    }

    /** The message `key` with its one {name} place filled with `value` as it is. */
    public String get(String key, String name, String value) {
        return get(key, Map.of(name, value));
    }

    /** The message `key` with each {name} place filled from `places` as it is (HTML, like the message). */
    public String get(String key, Map<String, String> places) {
        return fill(get(key), places);
    }

    /**
     * The message `key` as plain text, for what is not HTML (a figure's SVG text, the referral PDF's running lines):
     * its words with tags dropped and entities decoded, then each {name} place filled from `places` as it is.
     */
    public String plain(String key, Map<String, String> places) {
        return fill(Jsoup.parseBodyFragment(get(key)).text(), places);
    }

    /** The {name} places of a message, in the order of their first use. */
    public static Set<String> places(String text) {
        Set<String> found = new LinkedHashSet<>();
        Matcher place = PLACE.matcher(text);
        while (place.find()) {
            found.add(place.group());
        }
        return found;
    }

    /** Fills each {name} place of `text` in one pass: a value is never read again for places (a name with "{fax}"). */
    private static String fill(String text, Map<String, String> places) {
        Matcher place = PLACE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (place.find()) {
            place.appendReplacement(out, Matcher.quoteReplacement(places.getOrDefault(place.group(1), place.group())));
        }
        return place.appendTail(out).toString();
    }

    /** A message asked for that the file does not have; its text names the file and the line to add. */
    public static final class Missing extends IllegalArgumentException {
        Missing(String message) {
            super(message);
        }
    }

    /** Every key and its text, in key order. */
    public Map<String, String> all() {
        return texts;
    }
}
