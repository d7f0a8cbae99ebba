package clinic.site.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The word lists the search reads, in each language pages are written in (decision 0047): the patient words for
 * clinical terms (data/search-synonyms.yaml), the words of a physician's search (data/search-audience.yaml) and crisis
 * language (data/crisis-terms.yaml). A list in the site's language has its plain key (`synonyms`, `physician_words`,
 * `phrases`); the same list in another language has the language after it (`synonyms_es`), as a protocol value's
 * words do (`value_es`). Each file is read once per bake; a missing file or key is an empty list (DataFiles names a
 * file that is not YAML).
 */
public final class SearchWords {
    public static final String SYNONYMS = "data/search-synonyms.yaml";
    public static final String AUDIENCE = "data/search-audience.yaml";
    public static final String CRISIS = "data/crisis-terms.yaml";

    /** One synonym: the clinical term as pages write it and the patient words for it (lower case). */
    public record Synonym(String term, List<String> words) {
    }

    private final Map<?, ?> synonyms;
    private final Map<?, ?> audience;
    private final Map<?, ?> crisis;
    private final String siteLanguage;

    private SearchWords(Path project, String siteLanguage) {
        this.synonyms = yaml(project.resolve(SYNONYMS));
        this.audience = yaml(project.resolve(AUDIENCE));
        this.crisis = yaml(project.resolve(CRISIS));
        this.siteLanguage = siteLanguage;
    }

    /** The project's word lists, for a site in `siteLanguage`. */
    public static SearchWords of(Path project, String siteLanguage) {
        return new SearchWords(project, siteLanguage);
    }

    /** The key of a list in `language` (a tag such as es-US): `key` in the site's language, else `key_es`. */
    public String key(String key, String language) {
        String own = Messages.languageOf(language);
        return own.equals(Messages.languageOf(siteLanguage)) ? key : key + "_" + own;
    }

    /** The search index's address in `language`: /search-index.json for the site's, /search-index.es.json for es-US. */
    public String index(String language) {
        String key = key("search-index", language);
        return "/" + key.replace('_', '.') + ".json";
    }

    /** The synonyms in `language`. */
    public List<Synonym> synonyms(String language) {
        List<Synonym> list = new ArrayList<>();
        if (synonyms.get(key("synonyms", language)) instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> s) {
                    list.add(new Synonym(s.get("term") == null ? "" : String.valueOf(s.get("term")),
                            lowerCase(list(s.get("words")))));
                }
            }
        }
        return list;
    }

    /** The words of a physician's search in `language`, lower case. */
    public List<String> physicianWords(String language) {
        return lowerCase(list(audience.get(key("physician_words", language))));
    }

    /** True when data/crisis-terms.yaml has crisis language in `language`. */
    public boolean hasCrisisPhrases(String language) {
        return !list(crisis.get(key("phrases", language))).isEmpty();
    }

    /**
     * Crisis language in every language the file has, the site's first, each phrase once: every search page shows the
     * crisis answer whichever language the reader writes in.
     */
    public List<String> crisisPhrases() {
        Set<String> all = new LinkedHashSet<>(list(crisis.get("phrases")));
        crisis.keySet().stream().map(String::valueOf).filter(k -> k.startsWith("phrases_")).sorted()
                .forEach(k -> all.addAll(list(crisis.get(k))));
        return List.copyOf(all);
    }

    private static List<String> lowerCase(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
    }

    private static List<String> list(Object value) {
        return value instanceof List<?> items ? items.stream().map(String::valueOf).toList() : List.of();
    }

    private static Map<?, ?> yaml(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            Object data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return data instanceof Map<?, ?> map ? map : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of(); // named by DataFiles, which checks every data file before a bake
        }
    }
}
