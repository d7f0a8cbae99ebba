package clinic.site.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The content model of docs/content-model.md as code: which fields a page may have, which each type needs, and the
 * site's settings from jbake.properties that values must match (audiences, groups, the longest description), with
 * the site's language (site.language) and the languages templates/messages has words for ("en" for en.properties).
 */
public record ContentModel(List<String> audiences, Map<String, List<String>> groups, int descriptionMax,
        LocalDate today, Set<String> attributes, String siteLanguage, Set<String> languages) {

    /**
     * The Help now page's address: every crisis line and care card links it, in the page's language where it has a
     * published translation (SiteModel.helpNow), and a page in another language needs one (SiteRules).
     */
    public static final String HELP_NOW = "/help-now/";

    /** The types of web pages (each has a template of the same name). */
    public static final List<String> PAGE_TYPES = List.of("article", "page", "section", "post", "home", "news", "search");

    /** Every field a header may have, in the order the starter article lists them. */
    public static final List<String> FIELDS = List.of("title", "description", "type", "status", "audience", "group",
            "order", "author", "reviewer", "reviewed", "next_review", "care_card", "print", "next", "related",
            "published", "redirect_from", "lang", "translation_of");

    /** The fields every page needs, with what to write. */
    private static final Map<String, String> ALWAYS = ordered(
            "title", "a plain-text title",
            "description", "one or two sentences",
            "type", "article (or page, section, post)",
            "status", "published (or draft)");

    /** What each type needs beyond ALWAYS, with what to write. */
    private static final Map<String, Map<String, String>> BY_TYPE = Map.of(
            "article", ordered(
                    "audience", "patients or physicians",
                    "group", "one of the groups listed in docs/content-model.md",
                    "order", "a whole number such as 10",
                    "author", "the writer, e.g. Clinic editorial team",
                    "reviewer", "medical_director (or a name and role)",
                    "reviewed", "the date of the last clinical review, e.g. 2026-11-24",
                    "next_review", "the date the next review is due, e.g. 2027-11-24"),
            "section", ordered("audience", "patients or physicians"),
            "post", ordered(
                    "published", "the publication date, e.g. 2026-11-24",
                    "author", "the writer, e.g. Clinic editorial team"));

    /**
     * The model with the settings of a JBake configuration (jbake.properties and the build's own keys) and the
     * languages the messages folder has words for (clinic.site.model.Messages.languages).
     */
    public static ContentModel of(JBakeConfiguration config, LocalDate today, Set<String> languages) {
        List<String> audiences = list(config.get("site.audiences"));
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String audience : audiences) {
            List<String> keys = new ArrayList<>();
            for (String item : list(config.get("site.groups_" + audience))) {
                keys.add(item.contains(":") ? item.substring(0, item.indexOf(':')).strip() : item.strip());
            }
            groups.put(audience, keys);
        }
        Object max = config.get("site.description_max");
        // JBake hands every setting to AsciiDoc as an attribute, dots made underscores (clinic.phone: {clinic_phone}).
        Set<String> attributes = new TreeSet<>();
        config.getKeys().forEachRemaining(k -> attributes.add(k.replace('.', '_')));
        Object language = config.get("site.language");
        return new ContentModel(audiences, groups, max == null ? 160 : Integer.parseInt(String.valueOf(max).strip()),
                today, attributes, language == null ? "en-US" : String.valueOf(language).strip(),
                languages);
    }

    /** The fields a type needs, each with what to write; the types it does not know need the common ones only. */
    public Map<String, String> required(String type) {
        Map<String, String> all = new LinkedHashMap<>(ALWAYS);
        all.putAll(BY_TYPE.getOrDefault(type, Map.of()));
        all.computeIfPresent("description", (k, v) -> v + " of at most " + descriptionMax + " characters");
        return all;
    }

    /** True for a type this site has a template for. */
    public static boolean knownType(String type) {
        return PAGE_TYPES.contains(type);
    }

    /** A configuration value JBake may have split at commas, as a list of trimmed items. */
    private static List<String> list(Object value) {
        List<String> items = new ArrayList<>();
        if (value instanceof Iterable<?> many) {
            many.forEach(v -> items.add(String.valueOf(v).strip()));
        } else if (value != null) {
            for (String v : String.valueOf(value).split(",")) {
                items.add(v.strip());
            }
        }
        items.removeIf(String::isEmpty);
        return items;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
