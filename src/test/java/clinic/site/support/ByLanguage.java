package clinic.site.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import clinic.site.model.Messages;

/**
 * A test rule whose words depend on the language of the page it judges (a readability formula, a list of phrases, a
 * pattern of words), with one version per language. The version is looked up by the page's own language ({@code <html
 * lang>}, or a source's lang field), by its first part: es-US and es share the Spanish version, as they share
 * es.properties (Messages.languageOf).
 *
 * <p>A page in a language the rule has no version for is a problem, named with the page, the rule and what to add:
 * such a page is never judged by another language's words, and never passes a rule that was not applied to it.
 *
 * @param <T> what a version is: a list of phrases, a pattern, a limit
 */
public final class ByLanguage<T> {

    private final String rule;
    private final String toAdd;
    private final Map<String, T> versions = new LinkedHashMap<>();

    private ByLanguage(String rule, String toAdd) {
        this.rule = rule;
        this.toAdd = toAdd;
    }

    /**
     * A rule with no versions yet.
     *
     * @param rule what the rule holds pages to, as the failure names it ("Help now gives the crisis facts")
     * @param toAdd where a version goes and what it must hold, as the failure asks for it
     */
    public static <T> ByLanguage<T> rule(String rule, String toAdd) {
        return new ByLanguage<>(rule, toAdd);
    }

    /** Adds the version for a language, by its first part ("en", "es"). */
    public ByLanguage<T> in(String language, T version) {
        if (!language.equals(Messages.languageOf(language))) {
            throw new IllegalArgumentException("a version is for a language, not a country's: '" + language + "'");
        }
        versions.put(language, version);
        return this;
    }

    /** The version for a language tag such as "es-US", if the rule has one. */
    public Optional<T> version(String tag) {
        return tag.isBlank() ? Optional.empty() : Optional.ofNullable(versions.get(Messages.languageOf(tag)));
    }

    /**
     * The version for the language of `page` (a site path or a file); when the rule has none, adds the problem that
     * says so to `problems` and returns nothing, so the caller judges nothing and the test fails.
     */
    public Optional<T> forPage(String page, String tag, List<String> problems) {
        Optional<T> version = version(tag);
        if (version.isEmpty()) {
            problems.add(missing(page, tag));
        }
        return version;
    }

    /** The problem of a page in a language this rule has no version for. */
    public String missing(String page, String tag) {
        if (tag.isBlank()) {
            return page + ": declares no language, so the rule '" + rule + "' cannot be applied to it: give it its language";
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return page + " (lang=" + tag + "): the rule '" + rule + "' has no " + (name.isBlank() ? "'" + tag + "'" : name)
                + " version, so the page cannot be judged by it: add " + toAdd
                + " for \"" + Messages.languageOf(tag) + "\" (versions today: " + String.join(", ", versions.keySet()) + ")";
    }
}
