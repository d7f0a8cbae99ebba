package clinic.site.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.jbake.app.ContentStore;
import org.jbake.model.DocumentModel;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import clinic.site.content.ContentModel;
import clinic.site.content.Page;
import clinic.site.files.FileTree;
import clinic.site.model.Messages;
import clinic.site.model.SearchWords;
import clinic.site.model.SearchWords.Synonym;

/**
 * /search-index.json, the index the search page (assets/js/search.js) loads when a reader starts to search: every
 * published web page but the search page itself (drafts are never published content).
 * Patient words from data/search-synonyms.yaml are added to each page whose text contains the clinical term, ranked by
 * where the term is: "titleKeywords" (in the title), "keywords" (description or a heading), "bodyKeywords" (only in
 * the text). The synonym list goes along, so a result can highlight the term a patient word stands for. Each page says
 * its "audience" (patients, physicians or everyone); the words of data/search-audience.yaml go along, so the search
 * page can tell a physician's query from a patient's and rank that audience's pages first. Pages are listed patients
 * first, so equal matches rank a patient page before a physician one.
 * JSON by Jackson, text by jsoup (the page's text as a browser would show it, entities decoded).
 */
public final class SearchIndex {
    public static final String FILE = "search-index.json";
    /** The index's budget, gzipped: the search page loads it whole when a reader starts to type (SearchIT holds it). */
    public static final int BUDGET = 30 * 1024;
    /**
     * Characters of text kept from a page's opening and from the start of each section: enough to find and show a
     * snippet, few enough to keep the index within its BUDGET (see scripts/report).
     */
    static final int INTRO_LENGTH = 300;
    static final int SECTION_LENGTH = 160;
    /** The section labels shown beside a result, in the order the index lists pages. */
    static final List<String> SECTIONS = List.of("For patients", "For physicians", "News", "About");

    /** One page of the index. */
    @JsonPropertyOrder({"title", "url", "section", "audience", "description", "headings", "text", "titleKeywords",
            "keywords", "bodyKeywords"})
    public record Entry(String title, String url, String section, String audience, String description,
            List<String> headings, String text, List<String> titleKeywords, List<String> keywords,
            List<String> bodyKeywords) {
    }

    /**
     * The entries already worked out, by the hash of everything an entry is made of (its page's address, title,
     * description, audience and converted body; entry): the preview works out again only the entries of the pages that
     * changed, and so does a build, as the entries of the last bake are kept in target/build-cache/search-index.json
     * with the synonyms and the code they were made with (at 1,000 articles the whole index takes seconds).
     */
    public static final class Kept {
        private final Map<String, Entry> entries = new ConcurrentHashMap<>();
        private String context;
    }

    /** Where a bake keeps its entries for the next one. */
    static final String KEPT_FILE = "target/build-cache/search-index.json";

    /** The kept file: the context its entries were made in, and the entries by key. */
    record KeptFile(String context, Map<String, Entry> entries) {
    }

    private SearchIndex() {
    }

    /**
     * Writes out/search-index.json from the store's published pages in the site's language, and for each other
     * language that has a published search page (decision 0047), that language's index (search-index.es.json) from its
     * pages, with its own word lists.
     */
    public static void write(Path project, Path out, ContentStore store, Kept kept) throws IOException {
        String siteLanguage = Messages.siteLanguage(project);
        SearchWords words = SearchWords.of(project, siteLanguage);
        Map<String, List<DocumentModel>> byLanguage = published(store, siteLanguage);
        Map<String, List<Synonym>> synonyms = new LinkedHashMap<>();
        byLanguage.forEach((language, docs) -> {
            if (language.equals(siteLanguage) || docs.stream().anyMatch(d -> "search".equals(d.getType()))) {
                synonyms.put(language, words.synonyms(language));
            }
        });
        ObjectMapper json = new ObjectMapper();
        Path keptFile = project.resolve(KEPT_FILE);
        String context = context(synonyms);
        if (!context.equals(kept.context)) { // a new store, or new synonyms or code: only entries made with these
            kept.entries.clear();
            kept.context = context;
            try {
                KeptFile file = json.readValue(keptFile.toFile(), KeptFile.class);
                if (context.equals(file.context())) {
                    kept.entries.putAll(file.entries());
                }
            } catch (IOException e) {
                // none yet, or unreadable: every entry is worked out
            }
        }
        Map<String, Entry> used = new LinkedHashMap<>();
        for (Map.Entry<String, List<Synonym>> language : synonyms.entrySet()) {
            Map<String, Object> index = new LinkedHashMap<>();
            index.put("synonyms", language.getValue());
            index.put("physicianWords", words.physicianWords(language.getKey()));
            index.put("pages", entries(byLanguage.get(language.getKey()), language.getValue(), kept, used));
            Files.write(out.resolve(words.index(language.getKey()).substring(1)), json.writeValueAsBytes(index));
        }
        try {
            Files.createDirectories(keptFile.getParent());
            Path partial = keptFile.resolveSibling(keptFile.getFileName() + ".part");
            json.writeValue(partial.toFile(), new KeptFile(context, used));
            Files.move(partial, keptFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not kept: the next bake works every entry out again
        }
    }

    /**
     * The store's published web pages by their language (the site's first; the `lang` field, or the site's), in
     * address order, the search pages included (they are not indexed, but say which languages have one).
     */
    static Map<String, List<DocumentModel>> published(ContentStore store, String siteLanguage) {
        Collator collator = Collator.getInstance(Locale.US); // the order FreeMarker's sort_by gave the index before
        List<DocumentModel> docs = new ArrayList<>();
        for (String type : ContentModel.PAGE_TYPES) {
            docs.addAll(store.getPublishedContent(type));
        }
        docs.sort(Comparator.comparing(DocumentModel::getUri, collator));
        Map<String, List<DocumentModel>> byLanguage = new LinkedHashMap<>();
        byLanguage.put(siteLanguage, new ArrayList<>());
        for (DocumentModel doc : docs) {
            String lang = Objects.toString(doc.get("lang"), "").strip();
            // One index a language: es and es-US pages share search-index.es.json (Messages.sameLanguage).
            String language = lang.isEmpty() || Messages.sameLanguage(lang, siteLanguage)
                    ? siteLanguage : Messages.languageOf(lang);
            byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(doc);
        }
        return byLanguage;
    }

    /** The entries' context: each indexed language's synonyms and the code that makes them (FileTree.hashClasspath). */
    static String context(Map<String, List<Synonym>> synonyms) {
        MessageDigest digest = FileTree.sha256();
        FileTree.update(digest, "search index entries 1");
        synonyms.forEach((language, list) -> {
            // The site's language alone hashes as it always has, so a bake of one language keeps its entries.
            if (synonyms.size() > 1) {
                FileTree.update(digest, "language " + language);
            }
            list.forEach(s -> FileTree.update(digest, s.term() + " = " + String.join(", ", s.words())));
        });
        FileTree.hashClasspath(digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The key of a page's entry: everything entry() reads of it. */
    static String key(DocumentModel doc) {
        MessageDigest digest = FileTree.sha256();
        for (Object part : new Object[] {doc.getUri(), doc.getTitle(), doc.get("description"), doc.get("audience"),
                doc.getBody()}) {
            FileTree.update(digest, String.valueOf(part));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The entries of one language's pages, patients first, then by URI within each section; each put in `used` too. */
    static List<Entry> entries(List<DocumentModel> docs, List<Synonym> synonyms, Kept kept, Map<String, Entry> used) {
        Matcher matcher = new Matcher(synonyms);
        List<Entry> entries = new ArrayList<>();
        for (String section : SECTIONS) {
            for (DocumentModel doc : docs) {
                if (!"search".equals(doc.getType()) && section.equals(section(doc))) {
                    String key = key(doc);
                    Entry entry = kept.entries.computeIfAbsent(key, k -> entry(doc, matcher));
                    used.put(key, entry);
                    entries.add(entry);
                }
            }
        }
        return entries;
    }

    /** A page's entry: its headings, the start of its text and of each section, and the patient words it earns. */
    static Entry entry(DocumentModel doc, Matcher matcher) {
        String html = doc.getBody() == null ? "" : doc.getBody();
        // The references list is for reading, not finding: the index stops where it begins.
        int references = html.indexOf("<h2 id=\"references\">");
        Element body = Jsoup.parseBodyFragment(references < 0 ? html : html.substring(0, references)).body();
        // Figures (clinic.site.figures) say in pictures what the page's text already says: left out, so a snippet is
        // never the inside of a chart.
        body.select("[data-figure]").remove();
        // Citation markers ("[Anand 2023]") are links to the references: noise in a snippet.
        for (Element link : body.select("a[href^=#]")) {
            if (link.text().matches("\\[[^\\]]*\\]")) {
                link.remove();
            }
        }
        List<String> headings = body.select("h2[id], h3[id]").eachText().stream().map(SearchIndex::tidy).toList();
        // The excerpt: the opening, then the start of each section, so a word from any part of the page is found.
        List<String> leads = new ArrayList<>();
        Element intro = body.clone();
        intro.select("div.sect1").remove();
        leads.add(excerpt(tidy(intro.text()), INTRO_LENGTH));
        for (Element sect1 : body.select("div.sect1")) {
            Element section = sect1.clone();
            section.select("> h2").remove();
            leads.add(excerpt(tidy(section.text()), SECTION_LENGTH));
        }
        leads.removeIf(String::isEmpty);
        String title = doc.getTitle();
        String description = Objects.toString(doc.get("description"), "");
        Set<String> inTitle = matcher.wordsIn(title);
        Set<String> inSummary = matcher.wordsIn(description + " " + String.join(" ", headings));
        inSummary.removeAll(inTitle);
        Set<String> inText = matcher.wordsIn(tidy(body.text()));
        inText.removeAll(inTitle);
        inText.removeAll(inSummary);
        return new Entry(title, sitePath(doc), section(doc), audience(doc), description, headings,
                String.join(" ", leads), List.copyOf(inTitle), List.copyOf(inSummary), List.copyOf(inText));
    }

    /** "patients/x/index.html" -> "/patients/x/". */
    static String sitePath(DocumentModel doc) {
        return Page.sitePath(doc.getUri());
    }

    /** Who a page is for: its `audience` field (articles, sections), else its place in the site; else everyone. */
    static String audience(DocumentModel doc) {
        Object audience = doc.get("audience");
        if (audience != null && !String.valueOf(audience).isEmpty()) {
            return String.valueOf(audience);
        }
        String path = sitePath(doc);
        return path.startsWith("/patients/") ? "patients" : path.startsWith("/physicians/") ? "physicians" : "everyone";
    }

    /** The section label shown beside a result: the audience, or News and About for pages for everyone. */
    static String section(DocumentModel doc) {
        return switch (audience(doc)) {
            case "patients" -> "For patients";
            case "physicians" -> "For physicians";
            default -> sitePath(doc).startsWith("/news/") ? "News" : "About";
        };
    }

    /** A text without the space a removed citation marker leaves before punctuation. */
    static String tidy(String text) {
        return text.replaceAll(" ([.,;:!?)])", "$1").replace("( ", "(").strip();
    }

    /** The first `length` characters of a text, cut at a word boundary, with "…" when something was cut. */
    static String excerpt(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        String cut = text.substring(0, length);
        return (cut.lastIndexOf(' ') < 0 ? "" : cut.substring(0, cut.lastIndexOf(' '))) + "…";
    }

    /** Finds the clinical terms of the synonym list in a text, whole words from their start, ignoring capitals. */
    static final class Matcher {
        private final List<String> keys = new ArrayList<>();
        private final List<List<String>> found = new ArrayList<>();

        Matcher(List<Synonym> synonyms) {
            for (Synonym s : synonyms) {
                String term = words(s.term());
                keys.add(term.substring(0, term.length() - 1)); // " term": the start of a word
                Set<String> adds = new LinkedHashSet<>();
                adds.add(s.term().toLowerCase(Locale.US));
                adds.addAll(s.words());
                found.add(List.copyOf(adds));
            }
        }

        /**
         * The patient words whose clinical term starts a word in `text`, and the term itself (so the term finds the
         * page even when it is past the excerpt), in the synonym list's order, no repeats.
         */
        Set<String> wordsIn(String text) {
            String haystack = words(text);
            Set<String> result = new LinkedHashSet<>();
            for (int i = 0; i < keys.size(); i++) {
                if (haystack.contains(keys.get(i))) {
                    result.addAll(found.get(i));
                }
            }
            return result;
        }

        /** Lower-case words between single spaces, with a space at each end, for whole-word matching. */
        static String words(String text) {
            return " " + text.toLowerCase(Locale.US).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
        }
    }
}
