package clinic.site.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import clinic.site.content.ContentFolder;
import clinic.site.content.ContentModel;
import clinic.site.content.Page;
import clinic.site.content.SourceFile;
import clinic.site.model.Messages;
import clinic.site.model.SearchWords;

/**
 * The rules that need the whole site: files in content/ that would not become pages, two files for one address,
 * old addresses (redirect_from) that clash, links to pages that do not exist, and addresses published before that
 * would stop working. Each problem names the file at fault, not the pages that suffer from it.
 */
public final class SiteRules {

    private SiteRules() {
    }

    private static final List<String> PICTURES = List.of("png", "jpg", "jpeg", "gif", "svg", "webp", "avif");

    /** A file under content/ that is not a page source: pictures and any other kind of file. */
    static Problem notAPage(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase() : "";
        if (name.startsWith(".")) {
            return new Problem(path, 0, "is hidden (its name starts with a dot), so it would never be published."
                    + " Rename it without the dot, or remove it.");
        }
        if (PICTURES.contains(ext)) {
            return new Problem(path, 0, "cannot be published from content/: pictures go in assets/images/ and are"
                    + " shown with image::/images/" + name + "[what the picture shows].");
        }
        if (!ContentFolder.isAsciiDoc(name)) {
            return new Problem(path, 0, "cannot be published from content/: only .adoc pages live here. Put other"
                    + " files in assets/ (they are published as they are), or remove it.");
        }
        return null;
    }

    /**
     * The words of each language a page is written in (its lang field; decision 0046): that language's messages file
     * has every message of the site's, so no page shows a menu or label that is missing (or, for Asciidoctor's
     * captions, in the site's language). Named in the file to mend, with one page that needs it. A language whose
     * file does not exist is named on the page's own line by HeaderRules.
     */
    static void pageLanguages(Path project, String siteLanguage, List<Page> pages, List<Problem> p) {
        Map<String, Page> firstIn = new TreeMap<>(); // a language other than the site's -> its first page
        for (Page page : pages) {
            String lang = page.source().value("lang");
            if (!lang.isEmpty() && !Messages.fileOf(lang).equals(Messages.fileOf(siteLanguage))
                    && Files.isRegularFile(project.resolve(Messages.fileOf(lang)))) {
                firstIn.putIfAbsent(lang, page);
            }
        }
        if (firstIn.isEmpty()) {
            return;
        }
        firstIn.forEach((lang, page) -> p.addAll(messagesFile(project, siteLanguage, lang,
                page.source().path() + " is in " + lang)));
    }

    /**
     * The problems of the messages file of `lang` against the site's: a message it lacks, or one whose {name} places
     * differ; `why` says what needs the file (a page in that language). MessagesTest asks the same of every such file
     * before any page does.
     */
    public static List<Problem> messagesFile(Path project, String siteLanguage, String lang, String why) {
        List<Problem> p = new ArrayList<>();
        Map<String, String> has = Messages.of(project, lang).all();
        for (Map.Entry<String, String> message : Messages.of(project, siteLanguage).all().entrySet()) {
            String key = message.getKey();
            if (!has.containsKey(key)) {
                p.add(new Problem(Messages.fileOf(lang), 0, "has no message '" + key + "', which "
                        + Messages.fileOf(siteLanguage) + " has (" + why + "). Add a line " + key + " = ... in its words."));
            } else if (!Messages.places(has.get(key)).equals(Messages.places(message.getValue()))) {
                // A place left out is a phone number or a date the page would not show; one added is printed as it
                // is ("{phone}").
                p.add(new Problem(Messages.fileOf(lang), 0, "message '" + key + "' has the places "
                        + Messages.places(has.get(key)) + ", but " + Messages.fileOf(siteLanguage) + " has "
                        + Messages.places(message.getValue()) + ". Keep each {name} of the site's message, as it is."));
            }
        }
        return p;
    }

    /**
     * A published page in another language has the crisis routes in its language (decisions 0047, 0046): a published
     * search page in that language, where the header's search form sends its readers; crisis language in that language
     * in data/crisis-terms.yaml (phrases_es), so that a reader who searches in their words for help is shown 988 and
     * 911 at once; and a published translation of the Help now page, where every crisis line and care card of its pages
     * links (a reader in crisis must not land on a page in another language). Named on the language line of the
     * language's first published page (in address order).
     */
    static void crisisRoutesInEveryLanguage(Path project, String siteLanguage, List<Page> pages, List<Problem> p) {
        Map<String, Page> firstIn = new TreeMap<>();
        Set<String> searchPages = new HashSet<>();
        Set<String> helpNow = new HashSet<>();
        for (Page page : pages.stream().sorted(Comparator.comparing(Page::sitePath)).toList()) {
            String lang = page.source().value("lang");
            if (page.isPublishedPage() && !lang.isEmpty() && !Messages.sameLanguage(lang, siteLanguage)) {
                String language = Messages.languageOf(lang); // es and es-US are one language (Messages.sameLanguage)
                if (page.type().equals("search")) {
                    searchPages.add(language);
                } else {
                    firstIn.putIfAbsent(language, page);
                }
                if (page.source().value("translation_of").equals(ContentModel.HELP_NOW)) {
                    helpNow.add(language);
                }
            }
        }
        if (firstIn.isEmpty()) {
            return;
        }
        SearchWords words = SearchWords.of(project, siteLanguage);
        firstIn.forEach((language, page) -> {
            String lang = page.source().value("lang"); // named in the page's own words
            int line = page.source().field("lang").line();
            if (!searchPages.contains(language)) {
                p.add(new Problem(page.source().path(), line, "is in " + lang + ", but no published search page is:"
                        + " its search form would send readers to a page in " + siteLanguage + ". Publish a page"
                        + " with type=search and lang=" + lang + " (a copy of content/search/index.adoc in its words)."));
            }
            if (!helpNow.contains(language)) {
                p.add(new Problem(page.source().path(), line, "is in " + lang + ", but " + ContentModel.HELP_NOW
                        + " has no published translation into it: the crisis line and care card of its pages would"
                        + " send a reader in crisis to a page in " + siteLanguage + ". Publish Help now in " + lang + " first (lang="
                        + lang + ", translation_of=" + ContentModel.HELP_NOW + "), read by a clinician who reads it."));
            }
            if (!words.hasCrisisPhrases(lang)) {
                p.add(new Problem(page.source().path(), line, "is in " + lang + ", but " + SearchWords.CRISIS
                        + " has no crisis language in it, so a search for help in its words would not show 988 and"
                        + " 911 at once. Add a list " + words.key("phrases", lang) + ": with the phrases people"
                        + " type, checked by a clinician who reads " + lang + "."));
            }
        });
    }

    /**
     * A translation (translation_of, decision 0046) is of a page in the site's language, and an original has one
     * translation per language: each pair is linked both ways (hreflang, the header's language link).
     */
    static void translations(String siteLanguage, List<Page> pages, List<Problem> p) {
        Map<String, Page> bySitePath = new HashMap<>();
        pages.forEach(page -> bySitePath.putIfAbsent(page.sitePath(), page));
        Map<String, Page> claimed = new HashMap<>(); // original + " " + language -> its translation
        for (Page page : pages) {
            SourceFile.Field field = page.source().field("translation_of");
            String lang = page.source().value("lang");
            if (field == null || field.value().isEmpty() || lang.isEmpty()) {
                continue;
            }
            Page original = bySitePath.get(field.value());
            String originalLang = original == null ? "" : original.source().value("lang");
            if (original != null && !originalLang.isEmpty() && !Messages.sameLanguage(originalLang, siteLanguage)) {
                p.add(new Problem(page.source().path(), field.line(), "field 'translation_of' is " + field.value()
                        + ", which is itself in " + originalLang + ". Name the page in " + siteLanguage
                        + " (the site's language) that both translate."));
            }
            Page other = claimed.putIfAbsent(field.value() + " " + Messages.languageOf(lang), page);
            if (other != null) {
                p.add(new Problem(page.source().path(), field.line(), other.source().path() + " already translates "
                        + field.value() + " into " + lang + "; a page has one translation per language. Keep one."));
            }
        }
    }

    /** JBake keeps one document per address: a second file for it would replace the first without a word. */
    static void oneFilePerAddress(List<Page> pages, List<Problem> p) {
        Map<String, Page> first = new HashMap<>();
        for (Page page : pages) {
            Page other = first.putIfAbsent(page.sitePath(), page);
            if (other != null) {
                p.add(new Problem(page.source().path(), 1, other.source().path() + " and " + page.source().path()
                        + " both make the page " + page.sitePath() + "; only one can be published. Rename or remove one."));
            }
        }
    }

    /** An old address may not hide a live page, nor be claimed by two pages. */
    static void redirects(List<Page> pages, List<Problem> p) {
        Map<String, Page> live = published(pages);
        Map<String, Page> claimed = new HashMap<>();
        for (Page page : pages) {
            if (!page.isPublishedPage()) {
                continue;
            }
            int line = page.source().field("redirect_from") == null ? 0 : page.source().field("redirect_from").line();
            for (String old : page.redirectFrom()) {
                Page there = live.get(old);
                if (there != null) {
                    p.add(new Problem(page.source().path(), line, "lists " + old + " in redirect_from, but " + old
                            + " is a published page (" + there.source().path() + "). Remove it from redirect_from, or"
                            + " remove that page."));
                }
                Page other = claimed.putIfAbsent(old, page);
                if (other != null && other != page) {
                    p.add(new Problem(page.source().path(), line, old + " is also in the redirect_from of "
                            + other.source().path() + "; an old address can lead to one page only. Keep it on one."));
                }
            }
        }
    }

    /** next, related and translation_of lead to published pages. */
    static void linkTargets(List<Page> pages, List<Problem> p) {
        Addresses addresses = Addresses.of(pages);
        for (Page page : pages) {
            for (String name : List.of("next", "related", "translation_of")) {
                SourceFile.Field field = page.source().field(name);
                for (String target : Page.paths(field == null ? "" : field.value())) {
                    if (target.startsWith("/") && !addresses.isLive(target)) {
                        p.add(new Problem(page.source().path(), field.line(), "field '" + name + "' links to "
                                + target + ", " + addresses.whyNot(target, "Check the path")));
                    }
                }
            }
        }
    }

    /**
     * Every address in data/published-urls.yaml (address and line) is still a published page or an old address
     * of one: links and bookmarks out there keep working.
     */
    static void publishedUrls(Map<String, Integer> everPublished, List<Page> pages, List<Problem> p) {
        Addresses addresses = Addresses.of(pages);
        List<String> redirected = new ArrayList<>();
        pages.stream().filter(Page::isPublishedPage).forEach(page -> redirected.addAll(page.redirectFrom()));
        everPublished.forEach((url, line) -> {
            if (!addresses.isLive(url) && !redirected.contains(url)) {
                Page behind = addresses.unpublished(url);
                p.add(new Problem(PublishedUrls.FILE, line, url + " was published before and is now gone. " + (behind == null
                        ? "If the page moved, add redirect_from=" + url + " to the page that replaces it."
                        : "Its file " + behind.source().path() + (("draft".equals(behind.status()))
                                ? " is a draft again: publish it, or" : " has a mistake of its own: fix that file, or")
                                + " if the page moved, add redirect_from=" + url + " to the page that replaces it.")));
            }
        });
    }

    /** The published web pages by address. */
    static Map<String, Page> published(List<Page> pages) {
        Map<String, Page> live = new LinkedHashMap<>();
        for (Page page : pages) {
            if (page.isPublishedPage()) {
                live.putIfAbsent(page.sitePath(), page);
            }
        }
        return live;
    }
}
