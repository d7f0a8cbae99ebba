package clinic.site.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.CollationKey;
import java.text.Collator;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

import clinic.site.bake.SiteStore;
import clinic.site.content.ClinicFacts;
import clinic.site.content.ContentModel;
import clinic.site.content.Page;
import clinic.site.content.SourceFile;

/**
 * What the templates show about the site as a whole, worked out once per bake from JBake's content store and
 * configuration: the published pages by address, breadcrumbs, the articles of each section under their group
 * headings, news newest first, the search page's A to Z, the sitemap, and whether clinic facts are still examples.
 * Templates read it as `u.site` (templates/lib/util.ftl), through SiteModelExtractor; they only lay it out.
 * Lists are sorted with the en-US collator, the order FreeMarker's sort_by gave them when templates sorted.
 */
public final class SiteModel {
    /** A link of the breadcrumb trail: Home, then each ancestor that is a published page. */
    public record Crumb(String href, String title) {
    }

    /** A section page's group: its key (the articles' `group`), its heading, and its articles in `order`. */
    public record Group(String key, String label, List<Page> articles) {
    }

    /** One letter of the search page's A to Z, with the pages whose title starts with it. */
    public record Letter(String letter, List<Page> pages) {
    }

    /** One page in the sitemap: its absolute address and the day it last changed in substance. */
    public record SitemapEntry(String loc, String lastmod) {
    }

    /**
     * One language version of a page (decision 0046): its language tag ("es-US"), its site path, its absolute
     * address (for hreflang) and the language's own name in its own words (message language.name: "Español").
     */
    public record Alternate(String language, String sitePath, String href, String name) {
    }

    /** A translation's original (its site path) and that original's later clinical review date. */
    public record Stale(String original, String reviewed) {
    }

    /** An article's "Next step" (null when none) and "Related pages", as published pages. */
    public record Links(Page next, List<Page> related) {
    }

    /**
     * A page's clinical review as readers see it: `reviewer` is who reviewed it (the configured medical director for
     * "medical_director"), `signedBy` the same as the page shows it ("Dr X, medical director"). While the reviewer is
     * an example value no clinician has signed the page off: `pending` (production refuses example values anyway).
     * `daysLeft` counts the days until the next review; `dueSoon` (never in the public build) warns editors once it
     * falls within site.review_warning_days (the bake fails once it is overdue).
     */
    public record Review(String reviewed, String nextReview, String reviewer, String signedBy, boolean pending,
            long daysLeft, boolean dueSoon) {
    }

    /** The body of a page cut before its first section: the care card goes between (templates/article.ftl). */
    public record Split(String intro, String sections) {
    }

    private static final Pattern EXAMPLE_WORD = Pattern.compile("(?is).*\\bexample\\b.*");
    /** How Asciidoctor's HTML converter opens each level-2 section. */
    private static final String SECTION_START = "<div class=\"sect1\">";

    private final Map<String, Object> config;
    private final Map<String, Page> published = new LinkedHashMap<>(); // by site path
    private final Map<String, Page> byFile = new HashMap<>(); // every page, drafts too, by JBake's file path
    private final Map<String, List<Group>> groups = new HashMap<>();
    private final List<Page> newsPosts = new ArrayList<>();
    private final Map<String, List<Letter>> topics = new HashMap<>(); // by language
    private final List<SitemapEntry> sitemap = new ArrayList<>();
    private SearchWords searchWords;
    /** The published search pages' site paths, by language (decision 0047). */
    private final Map<String, String> searchPages = new HashMap<>();
    /** Published translations (translation_of) by their original's site path, then by language. */
    private final Map<String, Map<String, Page>> translations = new HashMap<>();
    private final boolean examples;
    private final Path project;
    private final Messages messages; // the site's language
    /** The messages of the other languages pages are written in (their `lang` field), read when a page asks. */
    private final Map<String, Messages> otherLanguages = new ConcurrentHashMap<>();
    /** Each page's versions once per bake: a page's layout asks three times (head links, stylesheet, header link). */
    private final Map<String, List<Alternate>> alternatesByFile = new ConcurrentHashMap<>();

    private SiteModel(Map<String, Object> config, Path project) {
        this.config = config;
        this.project = project;
        this.messages = Messages.of(project, configText("site_language"));
        this.examples = !ClinicFacts.examples(config).isEmpty()
                || !ClinicFacts.text(config.get("protocol_examples")).isBlank();
    }

    /** The model of what `store` holds, with JBake's configuration as templates see it (config: dots made '_'). */
    public static SiteModel of(ContentStore store, Map<String, Object> config) {
        Object project = config.get("sourceFolder"); // JBake's project folder (a File), in every bake's configuration
        if (project == null) {
            throw new IllegalStateException("JBake's configuration has no sourceFolder: the site model needs the project");
        }
        SiteModel site = new SiteModel(config, Path.of(project.toString()));
        Comparator<String> collator = collated(Collator.getInstance(Locale.US));
        Map<DocumentModel, Page> pages = new LinkedHashMap<>(); // published, in the order of JBake's published_content
        for (String type : DocumentTypes.getDocumentTypes()) {
            if (ContentModel.PAGE_TYPES.contains(type)) {
                for (DocumentModel doc : store.getAllContent(type)) { // drafts too: the preview renders them
                    Page page = store instanceof SiteStore kept && kept.page(doc.getFile()) != null
                            ? kept.page(doc.getFile()) : read(doc);
                    if (page != null) { // null: its file went away during the bake; the next bake sees the change
                        site.byFile.put(doc.getFile(), page);
                    }
                }
                for (DocumentModel doc : store.getPublishedContent(type)) {
                    Page page = site.byFile.get(doc.getFile());
                    if (page != null && page.isPublishedPage()) {
                        pages.put(doc, page);
                    }
                }
            }
        }
        List<DocumentModel> byUri = new ArrayList<>(pages.keySet());
        byUri.sort(Comparator.comparing(DocumentModel::getUri, collator));
        for (DocumentModel doc : byUri) {
            Page page = pages.get(doc);
            site.published.put(page.sitePath(), page);
            if (page.type().equals("search")) {
                site.searchPages.putIfAbsent(site.languageKey(page.source().value("lang")), page.sitePath());
            }
            site.sitemap.add(new SitemapEntry(site.absolute(page.sitePath()), lastChanged(page, doc)));
        }
        // The preview (site.preview, never set in a build that may be published) lists drafts too, where they will
        // appear once published; the templates mark them.
        boolean preview = "true".equals(ClinicFacts.text(config.get("site_preview")));
        site.makeGroups(preview ? site.byFile.values().stream().filter(Page::isDraftOrPublishedPage).toList()
                : pages.values());
        site.makeNews(pages.values(), collator);
        site.makeTopics(pages.values(), collator);
        for (Page page : pages.values()) {
            String original = page.source().value("translation_of");
            if (!original.isEmpty() && site.published.containsKey(original)) {
                site.translations.computeIfAbsent(original, k -> new TreeMap<>())
                        .put(site.languageKey(page.source().value("lang")), page);
            }
        }
        return site;
    }

    /** A model of a site with no pages (the messages of the project in the working folder), for tests. */
    static SiteModel empty(Map<String, Object> config) {
        return new SiteModel(config, Path.of(""));
    }

    /** The published page at a site path ("/help-now/"), or null. */
    public Page page(String sitePath) {
        return published.get(sitePath);
    }

    /** The trail to a page, root first, without the page itself: nothing on the home page; in words of `language`. */
    public List<Crumb> breadcrumbs(String sitePath, String language) {
        List<String> parts = parts(sitePath);
        if (parts.isEmpty()) {
            return List.of();
        }
        List<Crumb> trail = new ArrayList<>(List.of(new Crumb("/", wordsOf(language).get("breadcrumbs.home"))));
        String path = "/";
        for (String part : parts.subList(0, parts.size() - 1)) {
            path += part + "/";
            Page page = published.get(path);
            if (page != null) { // an ancestor without a published page is skipped, never linked
                trail.add(new Crumb(path, page.title()));
            }
        }
        return trail;
    }

    /** The section a path belongs to ("patients", "physicians", ...), or "" for the home page. */
    public String sectionOf(String sitePath) {
        List<String> parts = parts(sitePath);
        return parts.isEmpty() ? "" : parts.get(0);
    }

    /** The groups of an audience's section page that hold published articles, in jbake.properties' order. */
    public List<Group> groups(String audience) {
        return groups.getOrDefault(audience, List.of());
    }

    /** A page's "Next step" and "Related pages" (its `next` and `related` fields), by JBake's file path. */
    public Links links(String file) {
        Page page = byFile.get(file);
        if (page == null) {
            return new Links(null, List.of());
        }
        List<Page> related = page.related().stream().map(published::get).toList();
        return new Links(page.next().isEmpty() ? null : published.get(page.next().get(0)), related);
    }

    /**
     * Every language version of a page, the original (in the site's language) first, then its translations by
     * language tag: for hreflang links and the header's language link. Empty for a page without a published
     * translation or original (the page is then in one language only).
     */
    public List<Alternate> alternates(String file) {
        return alternatesByFile.computeIfAbsent(file, this::versions);
    }

    /** The versions of the page made from `file` (alternates), worked out. */
    private List<Alternate> versions(String file) {
        Page page = byFile.get(file);
        if (page == null || !page.isPublishedPage()) {
            return List.of();
        }
        String original = page.source().value("translation_of").isEmpty() ? page.sitePath()
                : page.source().value("translation_of");
        Map<String, Page> translated = translations.get(original);
        if (translated == null || (!page.sitePath().equals(original) && !translated.containsValue(page))) {
            return List.of();
        }
        List<Alternate> versions = new ArrayList<>(List.of(alternate(configText("site_language"), original)));
        // Each version under its own tag (hreflang es-US), not the key it is kept under (es).
        translated.values().forEach(t -> versions.add(alternate(language(t.source().value("lang")), t.sitePath())));
        return versions;
    }

    private Alternate alternate(String language, String sitePath) {
        return new Alternate(language, sitePath, absolute(sitePath),
                wordsOf(language).plain("language.name", Map.of()));
    }

    /**
     * For a translation whose original was clinically reviewed after it: the original's path and review date, so
     * the preview tells the editor to re-read the translation against it; null otherwise (decision 0046).
     */
    public Stale staleTranslation(String file) {
        Page page = byFile.get(file);
        Page original = page == null ? null : published.get(page.source().value("translation_of"));
        if (original == null) {
            return null;
        }
        String ours = page.source().value("reviewed");
        String theirs = original.source().value("reviewed");
        boolean older = !ours.isEmpty() && !theirs.isEmpty() && theirs.compareTo(ours) > 0;
        return older ? new Stale(original.sitePath(), theirs) : null;
    }

    /** Published news posts, newest first (titles break ties, as the feed has always listed them). */
    public List<Page> newsPosts() {
        return newsPosts;
    }

    /**
     * A search page's A to Z: every published page in `language` (a page's lang, or "" for the site's) but the search
     * pages, by the first letter of its title.
     */
    public List<Letter> topics(String language) {
        return topics.getOrDefault(languageKey(language), List.of());
    }

    /**
     * The address of the search page in `language`: its own published search page (decision 0047), else the site's
     * (/search/). The search form on every page sends its words there.
     */
    public String searchPage(String language) {
        return searchPages.getOrDefault(languageKey(language),
                searchPages.getOrDefault(languageKey(""), "/search/"));
    }

    /** The Help now page's address in `language`: its published translation, else ContentModel.HELP_NOW. */
    public String helpNow(String language) {
        return inLanguage(ContentModel.HELP_NOW, language);
    }

    /** The address of a page's version in `language` (its published translation), else the page's own address. */
    public String inLanguage(String sitePath, String language) {
        Page translation = translations.getOrDefault(sitePath, Map.of()).get(languageKey(language));
        return translation == null ? sitePath : translation.sitePath();
    }

    /** Crisis language in every language (data/crisis-terms.yaml, SearchWords), for every search page. */
    public List<String> crisisPhrases() {
        return searchWords().crisisPhrases();
    }

    /** The address of the search index a search page in `language` loads (SearchWords.index). */
    public String searchIndex(String language) {
        return searchWords().index(language(language));
    }

    /** The search's word lists, read once per bake when a search page first asks. */
    private synchronized SearchWords searchWords() {
        if (searchWords == null) {
            searchWords = SearchWords.of(project, configText("site_language"));
        }
        return searchWords;
    }

    /** Every published page by address, for sitemap.xml. */
    public List<SitemapEntry> sitemap() {
        return sitemap;
    }

    /** True while a clinic fact or protocol value is still an example (the example banner shows). */
    public boolean examples() {
        return examples;
    }

    /** A page's clinical review, by JBake's file path (see Review); null for a file that is not a page. */
    public Review review(String file) {
        Page page = byFile.get(file);
        return page == null ? null : review(page);
    }

    Review review(Page page) {
        String reviewer = page.source().value("reviewer");
        boolean director = reviewer.equals("medical_director");
        String name = director ? configText("clinic_medical_director") : reviewer;
        String signedBy = director ? wordsOf(page.source().value("lang")).get("review.medical_director", "name", name)
                : reviewer;
        String next = page.source().value("next_review");
        long daysLeft = next.isEmpty() ? Long.MAX_VALUE : ChronoUnit.DAYS.between(LocalDate.now(), LocalDate.parse(next));
        String warning = configText("site_review_warning_days");
        boolean dueSoon = !configText("site_mode").equals("production") && !warning.isEmpty()
                && daysLeft <= Long.parseLong(warning.strip());
        return new Review(page.source().value("reviewed"), next, name, signedBy,
                EXAMPLE_WORD.matcher(signedBy).matches(), daysLeft, dueSoon);
    }

    /** The schema.org JSON-LD of a page (StructuredData), by JBake's file path ("" for a page without one). */
    public String structuredData(String file, String title, String description, String sitePath) {
        return StructuredData.of(this, byFile.get(file), title, description, sitePath);
    }

    /** A list or map as JSON text, for a data attribute (the search page's crisis phrases and its script's words). */
    public String json(Object values) {
        return StructuredData.write(values);
    }

    /** The level-2 sections of a page's body (Outline), for the "On this page" list. */
    public List<Outline.Heading> outline(String body) {
        return Outline.of(body);
    }

    /** Asciidoctor's HTML of a page cut before its first level-2 section (all of it is the intro when it has none). */
    public Split splitAtFirstSection(String body) {
        int first = body.indexOf(SECTION_START);
        return first < 0 ? new Split(body, "") : new Split(body.substring(0, first), body.substring(first));
    }

    /** What a tel: link dials for a phone number written as readers see it: "(212) 555-0100" is "2125550100". */
    public String dialled(String number) {
        return number.replaceAll("[^0-9+]", "");
    }

    /** The content file a page was baked from, relative to the project ("content/patients/x/index.adoc"), or "". */
    public String sourceFile(String file) {
        Page page = byFile.get(file);
        return page == null ? "" : page.source().path();
    }

    /**
     * The language a page is written in: its `lang` field ("es-US"), or the site's (site.language) when the field is
     * empty (every page but those of another edition; decision 0046).
     */
    public String language(String lang) {
        return lang == null || lang.isBlank() ? configText("site_language") : lang.strip();
    }

    /** The key of `lang`'s pages, A to Z, search page and translations: its language without a country (es). */
    private String languageKey(String lang) {
        return Messages.languageOf(language(lang));
    }

    /** The words of `lang` (a page's `lang` field; "" is the site's language). */
    private Messages wordsOf(String lang) {
        String language = language(lang);
        return Messages.sameLanguage(language, configText("site_language")) ? messages
                : otherLanguages.computeIfAbsent(language, l -> Messages.of(project, l));
    }

    /** A date (yyyy-MM-dd) as readers see it, in the pattern of the message date.long of `language` and its words. */
    public String longDate(String isoDate, String language) {
        return LocalDate.parse(isoDate).format(DateTimeFormatter.ofPattern(wordsOf(language).get("date.long"),
                Locale.forLanguageTag(language(language))));
    }

    /**
     * The page chrome's words for `key` in `language`, with each {name} place filled from `places` in one pass, as
     * Java fills them (Messages): util.ftl's t and tPlain, so a value that itself contains "{name}" is never filled
     * again.
     */
    public String message(String language, String key, Map<String, String> places) {
        return wordsOf(language).get(key, places);
    }

    /** The messages of `language` whose key starts with `prefix`, by the rest of their key (the words search.js shows). */
    public Map<String, String> messages(String language, String prefix) {
        Map<String, String> found = new LinkedHashMap<>();
        wordsOf(language).all().forEach((key, text) -> {
            if (key.startsWith(prefix)) {
                found.put(key.substring(prefix.length()), text);
            }
        });
        return found;
    }

    /** A configuration value as text (a value JBake split at commas joined again). */
    public String configText(String key) {
        return ClinicFacts.text(config.get(key));
    }

    /** The absolute address of a site path, from the build's base URL (canonical links, Open Graph, feeds). */
    public String absolute(String sitePath) {
        return ClinicFacts.text(config.get("site_baseurl")).replaceAll("/$", "") + sitePath;
    }

    private void makeGroups(Iterable<Page> pages) {
        for (String audience : ClinicFacts.text(config.get("site_audiences")).split(",\\s*")) {
            List<Group> list = new ArrayList<>();
            for (String item : items(config.get("site_groups_" + audience))) {
                String key = item.contains(":") ? item.substring(0, item.indexOf(':')).strip() : item.strip();
                String label = item.contains(":") ? item.substring(item.indexOf(':') + 1).strip() : "";
                List<Page> articles = new ArrayList<>();
                for (Page p : pages) {
                    // A section lists the articles of its language: the site's, as long as the groups' names are
                    // written in jbake.properties only (a section may not have a lang of its own: HeaderRules).
                    if (p.type().equals("article") && p.audience().equals(audience) && p.group().equals(key)
                            && Messages.sameLanguage(language(p.source().value("lang")), configText("site_language"))) {
                        articles.add(p);
                    }
                }
                articles.sort(Comparator.comparingInt(Page::order)); // stable: equal orders keep JBake's order
                if (!articles.isEmpty()) {
                    list.add(new Group(key, label, List.copyOf(articles)));
                }
            }
            groups.put(audience, List.copyOf(list));
        }
    }

    private void makeNews(Iterable<Page> pages, Comparator<String> collator) {
        for (Page p : pages) {
            if (p.type().equals("post") && p.published().matches("\\d{4}-\\d{2}-\\d{2}")) {
                newsPosts.add(p);
            }
        }
        newsPosts.sort(Comparator.comparing(Page::title, collator));
        newsPosts.sort(Comparator.comparing(Page::published, collator));
        Collections.reverse(newsPosts);
    }

    /**
     * Each language's A to Z, sorted and lettered by that language's collator: a title starting with É is under E,
     * and one starting with Ñ under Ñ in Spanish (the letters its alphabet tells apart).
     */
    private void makeTopics(Iterable<Page> pages, Comparator<String> siteOrder) {
        Map<String, List<Page>> byLanguage = new LinkedHashMap<>();
        pages.forEach(p -> {
            if (!p.type().equals("search")) {
                byLanguage.computeIfAbsent(languageKey(p.source().value("lang")), k -> new ArrayList<>()).add(p);
            }
        });
        byLanguage.forEach((language, list) -> {
            Collator collator = Collator.getInstance(Locale.forLanguageTag(language));
            // The site's language sorts with the order the model already uses, its collation keys made once.
            list.sort(Comparator.comparing(Page::title,
                    Messages.sameLanguage(language, configText("site_language")) ? siteOrder : collated(collator)));
            collator.setStrength(Collator.PRIMARY);
            List<Letter> letters = new ArrayList<>();
            List<Page> under = new ArrayList<>();
            for (Page p : list) {
                String letter = p.title().substring(0, 1).toUpperCase(Locale.forLanguageTag(language));
                if (letters.isEmpty() || collator.compare(letters.get(letters.size() - 1).letter(), letter) != 0) {
                    under = new ArrayList<>();
                    letters.add(new Letter(letter, under));
                }
                under.add(p);
            }
            topics.put(language, letters.stream().map(l -> new Letter(l.letter(), List.copyOf(l.pages()))).toList());
        });
    }

    /**
     * The collator's order, each text's collation key made once: the same order as the collator's own compare (its
     * keys compare as it does), without working out both texts' collation again in each comparison (at 1,000 pages,
     * most of the model's time).
     */
    static Comparator<String> collated(Collator collator) {
        Map<String, CollationKey> keys = new HashMap<>();
        return Comparator.comparing(text -> keys.computeIfAbsent(text, collator::getCollationKey));
    }

    /**
     * The date a page last changed in substance: its clinical review, or a post's publication date, else the day
     * JBake dates its file (yyyy-MM-dd).
     */
    private static String lastChanged(Page page, DocumentModel doc) {
        String reviewed = page.source().value("reviewed");
        if (!reviewed.isEmpty()) {
            return reviewed;
        }
        if (!page.published().isEmpty()) {
            return page.published();
        }
        return new SimpleDateFormat("yyyy-MM-dd", Locale.US).format(doc.getDate());
    }

    /**
     * The page a document was read from, read as the validation rules read it (null if gone): for stock JBake's
     * store; the build's SiteStore hands over the pages its validation already read.
     */
    private static Page read(DocumentModel doc) {
        String file = doc.getFile().replace('\\', '/');
        String relative = "content/" + file.substring(file.lastIndexOf("/content/") + "/content/".length());
        try {
            return Page.of(SourceFile.parse(relative, Files.readString(Path.of(doc.getFile()), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> parts(String sitePath) {
        List<String> parts = new ArrayList<>();
        for (String p : sitePath.split("/")) {
            if (!p.isEmpty()) {
                parts.add(p);
            }
        }
        return parts;
    }

    private static List<String> items(Object raw) {
        List<String> items = new ArrayList<>();
        if (raw instanceof Iterable<?> many) {
            many.forEach(v -> items.add(String.valueOf(v)));
        } else if (raw != null) {
            items.add(String.valueOf(raw));
        }
        return items;
    }
}
