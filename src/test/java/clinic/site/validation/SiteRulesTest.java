package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.content.Page;
import clinic.site.content.SourceFile;

/** The rules that need the whole site, on pages written in the test: no bake. */
class SiteRulesTest {

    static Page page(String path, String... fields) {
        return Page.of(SourceFile.parse(path, String.join("\n", fields) + "\ntype=page\nstatus=published\n~~~~~~\nText.\n"));
    }

    static List<String> run(java.util.function.Consumer<List<Problem>> rule) {
        List<Problem> p = new ArrayList<>();
        rule.accept(p);
        return p.stream().map(Problem::toString).toList();
    }

    @Test
    void addresses_of_content_files() {
        assertEquals("/patients/x/", Page.sitePath("content/patients/x/index.adoc"));
        assertEquals("/", Page.sitePath("content/index.adoc"));
        assertEquals("/dup.html", Page.sitePath("content/dup.asciidoc"));
    }

    @Test
    void files_in_content_that_are_not_pages() {
        assertEquals("content/patients/stray.jpg: cannot be published from content/: pictures go in assets/images/"
                + " and are shown with image::/images/stray.jpg[what the picture shows].",
                SiteRules.notAPage("content/patients/stray.jpg").toString());
        assertEquals("content/patients/notes.txt: cannot be published from content/: only .adoc pages live here. Put"
                + " other files in assets/ (they are published as they are), or remove it.",
                SiteRules.notAPage("content/patients/notes.txt").toString());
        assertEquals("content/.draft.adoc: is hidden (its name starts with a dot), so it would never be published."
                + " Rename it without the dot, or remove it.", SiteRules.notAPage("content/.draft.adoc").toString());
        assertNull(SiteRules.notAPage("content/patients/x/index.adoc"));
    }

    /** A page in another language needs every message of the site's file in that language's file (decision 0046). */
    @Test
    void the_language_of_a_page_has_every_message(@TempDir Path project) throws Exception {
        Path messages = Files.createDirectories(project.resolve("templates/messages"));
        Files.writeString(messages.resolve("en.properties"), "skip_link = Skip to main content\ncaption.note = Note\n");
        Files.writeString(messages.resolve("es.properties"), "skip_link = Saltar al contenido\n");
        List<Page> english = List.of(page("content/a/index.adoc", "title=A"));
        assertEquals(List.of(), run(p -> SiteRules.pageLanguages(project, "en-US", english, p)),
                "no page is in es-US: its file is not needed yet");
        List<Page> both = List.of(page("content/a/index.adoc", "title=A"),
                page("content/es/b/index.adoc", "title=B", "lang=es-US"), page("content/es/c/index.adoc", "title=C", "lang=es-US"));
        assertEquals(List.of("templates/messages/es.properties: has no message 'caption.note', which"
                + " templates/messages/en.properties has (content/es/b/index.adoc is in es-US). Add a line caption.note"
                + " = ... in its words."), run(p -> SiteRules.pageLanguages(project, "en-US", both, p)));
        Files.writeString(messages.resolve("es.properties"), "skip_link = Saltar al contenido\ncaption.note = Nota\n");
        assertEquals(List.of(), run(p -> SiteRules.pageLanguages(project, "en-US", both, p)));
        // A {name} the site's message has, left out or misspelt: the page would lose a phone number, or print "{tel}".
        Files.writeString(messages.resolve("en.properties"), "skip_link = Skip to main content\ncaption.note = Note\n"
                + "header.call = Call {phone}\n");
        Files.writeString(messages.resolve("es.properties"), "skip_link = Saltar al contenido\ncaption.note = Nota\n"
                + "header.call = Llame al {tel}\n");
        assertEquals(List.of("templates/messages/es.properties: message 'header.call' has the places [{tel}], but"
                + " templates/messages/en.properties has [{phone}]. Keep each {name} of the site's message, as it is."),
                run(p -> SiteRules.pageLanguages(project, "en-US", both, p)));
    }

    /**
     * A published page in another language needs the crisis routes in that language (decision 0047): a published search
     * page, crisis language (phrases_es) and Help now, each named once on the language line of the language's first page.
     */
    @Test
    void a_language_needs_its_search_page_crisis_words_and_help_now(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("jbake.properties"), "site.language=en-US\n");
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/crisis-terms.yaml"), "phrases:\n  - suicid*\n");
        Page search = Page.of(SourceFile.parse("content/es/buscar/index.adoc",
                "title=Buscar\nlang=es-US\ntype=search\nstatus=published\n~~~~~~\nText.\n"));
        Page ayuda = page("content/es/ayuda-ahora/index.adoc", "title=Ayuda ahora", "lang=es-US", "translation_of=/help-now/");
        List<Page> pages = List.of(page("content/a/index.adoc", "title=A"),
                page("content/es/b/index.adoc", "title=B", "lang=es-US"), page("content/es/c/index.adoc", "title=C", "lang=es-US"));
        assertEquals(List.of("content/es/b/index.adoc:2: is in es-US, but no published search page is: its search form"
                + " would send readers to a page in en-US. Publish a page with type=search and lang=es-US (a copy of"
                + " content/search/index.adoc in its words).", "content/es/b/index.adoc:2: is in es-US, but /help-now/"
                + " has no published translation into it: the crisis line and care card of its pages would send a reader"
                + " in crisis to a page in en-US. Publish Help now in es-US first (lang=es-US, translation_of=/help-now/),"
                + " read by a clinician who reads it.", "content/es/b/index.adoc:2: is in es-US, but"
                + " data/crisis-terms.yaml has no crisis language in it, so a search for help in its words would not"
                + " show 988 and 911 at once. Add a list phrases_es: with the phrases people type, checked by a"
                + " clinician who reads es-US."), run(p -> SiteRules.crisisRoutesInEveryLanguage(project, "en-US", pages, p)));
        Files.writeString(project.resolve("data/crisis-terms.yaml"), "phrases:\n  - suicid*\nphrases_es:\n  - matarme\n");
        List<Page> all = new ArrayList<>(pages);
        all.add(search);
        all.add(ayuda);
        assertEquals(List.of(), run(p -> SiteRules.crisisRoutesInEveryLanguage(project, "en-US", all, p)));
        assertEquals(List.of(), run(p -> SiteRules.crisisRoutesInEveryLanguage(project, "en-US", pages.subList(0, 1), p)),
                "a site in one language needs none of them");
    }

    /** A translation is of a page in the site's language, and an original has one translation per language. */
    @Test
    void one_translation_per_language_of_an_original_in_the_sites_language() {
        List<Page> pages = List.of(page("content/a/index.adoc", "title=A"),
                page("content/es/a/index.adoc", "title=A1", "lang=es-US", "translation_of=/a/"),
                page("content/es/a2/index.adoc", "title=A2", "lang=es-US", "translation_of=/a/"),
                page("content/fr/a/index.adoc", "title=A3", "lang=fr-FR", "translation_of=/es/a/"));
        assertEquals(List.of("content/es/a2/index.adoc:3: content/es/a/index.adoc already translates /a/ into es-US; a"
                + " page has one translation per language. Keep one.", "content/fr/a/index.adoc:3: field"
                + " 'translation_of' is /es/a/, which is itself in es-US. Name the page in en-US (the site's language)"
                + " that both translate."), run(p -> SiteRules.translations("en-US", pages, p)));
        assertEquals(List.of(), run(p -> SiteRules.translations("en-US", pages.subList(0, 2), p)));
    }

    @Test
    void two_files_for_one_address() {
        List<Page> pages = List.of(page("content/dup.adoc", "title=One"), page("content/dup.asciidoc", "title=Two"));
        assertEquals(List.of("content/dup.asciidoc:1: content/dup.adoc and content/dup.asciidoc both make the page"
                + " /dup.html; only one can be published. Rename or remove one."),
                run(p -> SiteRules.oneFilePerAddress(pages, p)));
    }

    @Test
    void an_old_address_may_not_hide_a_page_nor_lead_to_two() {
        List<Page> pages = List.of(page("content/patients/index.adoc"),
                page("content/patients/moved/index.adoc", "redirect_from=/patients/"),
                page("content/a/index.adoc", "redirect_from=/old/"),
                page("content/b/index.adoc", "redirect_from=/old/"));
        assertEquals(List.of("content/patients/moved/index.adoc:1: lists /patients/ in redirect_from, but /patients/"
                + " is a published page (content/patients/index.adoc). Remove it from redirect_from, or remove that page.",
                "content/b/index.adoc:1: /old/ is also in the redirect_from of content/a/index.adoc; an old address can"
                        + " lead to one page only. Keep it on one."), run(p -> SiteRules.redirects(pages, p)));
    }

    @Test
    void next_and_related_lead_to_published_pages() {
        List<Page> pages = List.of(page("content/a/index.adoc", "title=A", "next=/b/", "related=/nowhere-at-all/"),
                page("content/b/index.adoc"));
        assertEquals(List.of("content/a/index.adoc:3: field 'related' links to /nowhere-at-all/, which is not a"
                + " published page. Check the path."),
                run(p -> SiteRules.linkTargets(pages, p)));
    }

    @Test
    void a_link_to_a_draft_or_to_a_page_with_a_mistake_names_that_page_s_file_and_a_typo_gets_a_guess() {
        List<Page> pages = List.of(
                page("content/a/index.adoc", "title=A", "next=/b/", "related=/c/, /patients/side-efects/"),
                Page.of(SourceFile.parse("content/b/index.adoc", "type=page\nstatus=draft\n~~~~~~\nText.\n")),
                Page.of(SourceFile.parse("content/c/index.adoc", "type=artcle\nstatus=published\n~~~~~~\nText.\n")),
                page("content/patients/side-effects/index.adoc"));
        assertEquals(List.of(
                "content/a/index.adoc:2: field 'next' links to /b/, which is still a draft (content/b/index.adoc):"
                        + " publish it first, or take the link out.",
                "content/a/index.adoc:3: field 'related' links to /c/, which is not published because"
                        + " content/c/index.adoc has a mistake of its own (listed with it): fix that file first.",
                "content/a/index.adoc:3: field 'related' links to /patients/side-efects/, which is not a published"
                        + " page. Check the path: did you mean /patients/side-effects/?"),
                run(p -> SiteRules.linkTargets(pages, p)));
    }

    @Test
    void an_address_published_before_whose_file_has_a_mistake_names_that_file() {
        Map<String, Integer> urls = Map.of("/c/", 7);
        List<Page> pages = List.of(Page.of(SourceFile.parse("content/c/index.adoc",
                "type=artcle\nstatus=published\n~~~~~~\nText.\n")));
        assertEquals(List.of("data/published-urls.yaml:7: /c/ was published before and is now gone. Its file"
                + " content/c/index.adoc has a mistake of its own: fix that file, or if the page moved, add"
                + " redirect_from=/c/ to the page that replaces it."), run(p -> SiteRules.publishedUrls(urls, pages, p)));
    }

    @Test
    void every_address_ever_published_still_works(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/published-urls.yaml"), "- /\n- /a/\n- /gone/\n- /old/\n");
        List<Problem> read = new ArrayList<>();
        Map<String, Integer> urls = PublishedUrls.read(project, read);
        assertEquals(List.of(), read);
        assertEquals(new LinkedHashMap<>(Map.of("/", 1, "/a/", 2, "/gone/", 3, "/old/", 4)), new LinkedHashMap<>(urls));
        List<Page> pages = List.of(page("content/index.adoc"), page("content/a/index.adoc", "redirect_from=/old/"));
        assertEquals(List.of("data/published-urls.yaml:3: /gone/ was published before and is now gone. If the page"
                + " moved, add redirect_from=/gone/ to the page that replaces it."),
                run(p -> SiteRules.publishedUrls(urls, pages, p)));
    }

    @Test
    void a_broken_list_of_published_addresses_names_its_line(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve("data/published-urls.yaml"), "- /\n- patients/\n");
        List<Problem> read = new ArrayList<>();
        PublishedUrls.read(project, read);
        assertEquals(List.of("data/published-urls.yaml:2: each line must be '- /path/' (a site address starting"
                + " with /)."), read.stream().map(Problem::toString).toList());
    }
}
