package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.model.Messages;
import clinic.site.support.BakedSite;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

/**
 * A second language is a second messages file, not a fork (decisions 0033 and 0042): a fixture site whose
 * jbake.properties says es-ES and whose templates/messages/es.properties holds every message of en.properties with
 * its words scrambled (ROT13; tags, {places} and entities kept) bakes pages that declare the language and show no
 * English words of the page chrome, in their text or in the attributes a reader meets (aria-label, title, alt,
 * placeholder, the description). The content is the fixture's own; what this proves is that no template and no
 * Java writes chrome words of its own.
 */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class SecondLanguageIT {

    /** A {name} place, a tag or an entity: kept as they are; everything between them is words. */
    private static final Pattern KEPT = Pattern.compile("\\{[a-z_]+\\}|<[^>]*>|&[#a-z0-9]+;");

    @TempDir
    static Path dir;
    static FixtureSite.Result result;
    static Map<String, String> english;

    @BeforeAll
    static void bake() throws IOException {
        english = Messages.of(BakedSite.project(), "en-US").all();
        result = new FixtureSite(dir)
                .write("index.adoc", "title=Inicio\ndescription=La portada de un sitio de prueba.\ntype=home\nstatus=published\n~~~~~~\nBienvenida.\n")
                .write("patients/index.adoc", "title=Para pacientes\ndescription=La parte de los pacientes.\ntype=section\naudience=patients\nstatus=published\n~~~~~~\nArticulos.\n")
                .write("patients/uno/index.adoc", FixtureSite.article("Uno", "care_card=true")
                        .replace("Some plain text.", "Texto sencillo.").replace("== A section\n\nMore text.", "== Una parte\n\nMas texto.\n\nNOTE: Una nota.\n\nWARNING: Un aviso.\n\n"
                                + ".Una tabla\n[cols=\"1,1\",options=\"header\"]\n|===\n|Uno |Dos\n\n|a |b\n|===\n"))
                .write("search/index.adoc", "title=Buscar\ndescription=Buscar en el sitio.\ntype=search\nstatus=published\n~~~~~~\nPruebe una palabra.\n")
                .write("news/noticia/index.adoc", """
                        title=Noticia
                        description=Una noticia de la clinica para las pruebas.
                        type=post
                        status=published
                        published=2026-11-24
                        author=Equipo
                        ~~~~~~
                        Texto de la noticia.
                        """)
                .replaceInProperties("site.language=en-US", "site.language=es-ES")
                .writeFile(Messages.FOLDER + "/es.properties", scrambledFile(english))
                .bake();
    }

    @Test
    void the_site_bakes_in_the_second_language() {
        assertTrue(result.errors().isEmpty(), result.allErrors());
    }

    @Test
    void every_page_declares_the_second_language_and_shows_no_english_chrome() throws IOException {
        List<String> fragments = englishFragments(english);
        assertTrue(fragments.size() > 50, "too few English fragments to look for: " + fragments);
        List<String> problems = new ArrayList<>();
        List<Path> pages;
        try (Stream<Path> files = Files.walk(result.output())) {
            pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.size() >= 5, "the fixture baked too few pages: " + pages);
        for (Path page : pages) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String where = result.output().relativize(page).toString();
            if (!"es-ES".equals(doc.selectFirst("html").attr("lang"))) {
                problems.add(where + ": <html lang=\"" + doc.selectFirst("html").attr("lang") + "\">");
            }
            String text = readerText(doc);
            for (String fragment : fragments) {
                if (text.contains(fragment)) {
                    problems.add(where + ": \"" + fragment + "\" is still in English");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void the_scrambled_words_are_what_the_pages_show() {
        String home = result.read("index.html");
        assertTrue(home.contains(scrambled(english.get("skip_link"))), "the skip link is not the second file's");
        assertTrue(home.contains(scrambled(english.get("nav.patients"))), "the menu is not the second file's");
        // And the check can fail: the English words are what an English page shows.
        assertEquals("Fxvc gb znva pbagrag", scrambled("Skip to main content"));
    }

    /** Asciidoctor's own words (its admonition labels, "Table 1.") are the second file's too (Captions). */
    @Test
    void asciidoctors_labels_and_captions_are_in_the_second_language() {
        Document page = Jsoup.parse(result.read("patients/uno/index.html"));
        List<String> labels = page.select(".admonitionblock .title").eachText();
        assertEquals(List.of(scrambled("Note"), scrambled("Warning")), labels);
        assertEquals(scrambled("Table") + " 1. Una tabla", page.selectFirst("table caption").text());
    }

    /** A caption missing from the messages file stops the bake with one line: the file, the key and the line to add. */
    @Test
    void a_missing_caption_names_the_file_and_the_line_to_add(@TempDir Path other) throws IOException {
        FixtureSite site = new FixtureSite(other).withMinimalHome();
        Path file = other.resolve(Messages.FOLDER + "/en.properties");
        Files.writeString(file, Files.readString(file).replace("caption.note = Note\n", ""));
        assertEquals(List.of(Messages.FOLDER + "/en.properties has no message 'caption.note': add a line caption.note = ..."
                + " (Asciidoctor's labels and captions too)."), site.bake().errors());
    }

    /** What a reader meets on a page: its text and the attributes read aloud or shown (aria-label, title, alt...). */
    static String readerText(Document doc) {
        StringBuilder seen = new StringBuilder(doc.text());
        for (Element e : doc.select("[aria-label], [title], [alt], [placeholder], meta[name=description]")) {
            for (String attribute : List.of("aria-label", "title", "alt", "placeholder", "content")) {
                seen.append('\n').append(e.attr(attribute));
            }
        }
        return seen.toString();
    }

    /** The words of each English message, in pieces of at least two words, without its places, tags and entities. */
    static List<String> englishFragments(Map<String, String> english) {
        TreeSet<String> found = new TreeSet<>();
        english.forEach((key, text) -> {
            if (key.equals("date.long")) {
                return;
            }
            for (String piece : KEPT.split(text)) {
                String words = piece.strip().replaceAll("\\s+", " ");
                if (words.contains(" ") && words.length() >= 8) {
                    found.add(words);
                }
            }
        });
        return List.copyOf(found);
    }

    /**
     * A messages file whose every message is `english`'s with its words scrambled (ROT13), and a Spanish date
     * pattern ("27 de noviembre de 2026" with Spanish month names).
     */
    static String scrambledFile(Map<String, String> english) {
        StringBuilder file = new StringBuilder();
        english.forEach((key, text) -> file.append(key).append(" = ")
                .append(key.equals("date.long") ? "d 'de' MMMM 'de' yyyy" : scrambled(text).replace("\\", "\\\\"))
                .append('\n'));
        return file.toString();
    }

    /** The words of `text` in ROT13: letters moved 13 places, everything else (and what KEPT matches) kept. */
    static String scrambled(String text) {
        StringBuilder out = new StringBuilder();
        Matcher m = KEPT.matcher(text);
        int at = 0;
        while (m.find()) {
            out.append(rot13(text.substring(at, m.start()))).append(m.group());
            at = m.end();
        }
        return out.append(rot13(text.substring(at))).toString();
    }

    private static String rot13(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') {
                out.append((char) ('a' + (c - 'a' + 13) % 26));
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) ('A' + (c - 'A' + 13) % 26));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
