package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.junit.jupiter.api.Test;

import clinic.site.model.Messages;
import clinic.site.support.BakedSite;
import clinic.site.validation.SiteRules;

/**
 * The page chrome's words are in one file per language (templates/messages/en.properties): every key a template or
 * the site model asks for is there, every message there is asked for, each is the small HTML it may be, and no page
 * shows a {name} place left unfilled. Each rule is also run on a planted mistake, to prove it can fail.
 */
class MessagesTest {
    private static final Pattern ASKED = Pattern.compile("\\bu\\.(?:t|tPlain)\\(\"([a-z0-9_.]+)\"");
    /** A template asks for every message with a prefix: `site.messages(u.lang(), "search_results.")`. */
    private static final Pattern PREFIX = Pattern.compile("\\.messages\\((?:u\\.lang\\(\\), )?\"([a-z0-9_.]+)\"\\)");
    /** Java asks a Messages for a key: `messages.get("key"` or, in a page's language, `wordsOf(lang).get("key"`. */
    private static final Pattern JAVA = Pattern.compile("(?:messages|wordsOf\\((?:[^()]|\\([^()]*\\))*\\))\\.(?:get|plain)\\(\"([a-z0-9_.]+)\"");
    /** The HTML a message may hold: emphasis and links, nothing that runs or styles. */
    private static final Safelist INLINE = Safelist.none().addTags("strong", "em", "code").addAttributes("a", "href");

    static Messages english() {
        return Messages.of(BakedSite.project(), "en-US");
    }

    @Test
    void every_message_a_template_asks_for_is_in_the_file_and_every_message_is_asked_for() {
        Path p = BakedSite.project();
        assertEquals(List.of(), problems(english().all(), read(p.resolve("templates"), ".ftl"),
                read(p.resolve("src/main/java"), ".java")));
    }

    @Test
    void a_missing_or_unused_message_is_named() {
        Map<String, String> messages = new java.util.TreeMap<>(english().all());
        messages.remove("nav.menu");
        messages.put("nav.old_label", "Old");
        Path p = BakedSite.project();
        List<String> found = problems(messages, read(p.resolve("templates"), ".ftl"), read(p.resolve("src/main/java"), ".java"));
        assertTrue(found.contains("templates/messages/en.properties has no message 'nav.menu', which a template asks for:"
                + " add a line nav.menu = ..."), found.toString());
        assertTrue(found.contains("templates/messages/en.properties: no template asks for 'nav.old_label': remove the line"),
                found.toString());
    }

    @Test
    void each_place_is_filled_once_and_plain_text_drops_the_html() {
        Messages english = english();
        assertEquals("Send to {fax} Clinic: fax 555 or secure email a@b.example", english.plain("referral_pdf.send_to",
                Map.of("clinic", "{fax} Clinic", "fax", "555", "email", "a@b.example")), "a value is not read again for places");
        assertEquals("Outcome: MADRS.", english.plain("evidence_table.measure", Map.of("measure", "MADRS")));
        assertEquals("<em>Outcome:</em> MADRS.", english.get("evidence_table.measure", Map.of("measure", "MADRS")));
    }

    @Test
    void every_message_is_plain_words_or_the_small_html_a_message_may_hold() {
        List<String> bad = new ArrayList<>();
        english().all().forEach((key, text) -> {
            if (!Jsoup.isValid(text, INLINE)) {
                bad.add(key + " = " + text);
            }
        });
        assertEquals(List.of(), bad, "only <strong>, <em>, <code> and <a href> in messages");
        assertTrue(!Jsoup.isValid("Call <script>x()</script>", INLINE) && !Jsoup.isValid("<b onclick=\"x()\">b</b>", INLINE),
                "the check can fail");
    }

    /**
     * Each other language's file (es.properties: the Spanish edition's, decision 0046) has exactly the site's keys, each
     * with the same {name} places (the rule a page in that language runs, SiteRules.messagesFile, asked before there is
     * one), and only the small HTML a message may hold.
     */
    @Test
    void every_other_language_has_every_message_with_its_places_and_no_other() throws Exception {
        Map<String, String> site = english().all();
        List<String> bad = new ArrayList<>();
        int languages = 0;
        try (var files = Files.list(BakedSite.project().resolve(Messages.FOLDER))) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("en.properties")).sorted().toList()) {
                languages++;
                String language = file.getFileName().toString().replace(".properties", "");
                SiteRules.messagesFile(BakedSite.project(), "en-US", language, "checked before any page is in it")
                        .forEach(problem -> bad.add(problem.toString()));
                Map<String, String> other = Messages.of(BakedSite.project(), language).all();
                other.forEach((key, text) -> {
                    if (!site.containsKey(key)) {
                        bad.add(file.getFileName() + ": extra " + key);
                    } else if (!Jsoup.isValid(text, INLINE)) {
                        bad.add(file.getFileName() + ": " + key + " holds HTML a message may not");
                    }
                });
            }
        }
        assertTrue(languages >= 1, "expected es.properties");
        assertEquals(List.of(), bad);
    }

    @Test
    void no_page_shows_a_place_left_unfilled() {
        Pattern place = Pattern.compile("\\{[a-z_]+\\}");
        List<String> bad = new ArrayList<>();
        for (Path page : BakedSite.pages()) {
            Matcher m = place.matcher(BakedSite.parse(page).body().text());
            if (m.find()) {
                bad.add(BakedSite.sitePath(page) + ": " + m.group());
            }
        }
        assertEquals(List.of(), bad);
    }

    /** Keys asked for but missing, and keys in the file nobody asks for. */
    static List<String> problems(Map<String, String> messages, String templates, String java) {
        Set<String> asked = new TreeSet<>(matches(ASKED, templates));
        asked.addAll(matches(JAVA, java));
        Set<String> prefixes = matches(PREFIX, templates);
        List<String> problems = new ArrayList<>();
        for (String key : asked) {
            if (!messages.containsKey(key)) {
                problems.add(Messages.FOLDER + "/en.properties has no message '" + key + "', which a template asks for:"
                        + " add a line " + key + " = ...");
            }
        }
        for (String key : messages.keySet()) {
            if (!asked.contains(key) && prefixes.stream().noneMatch(key::startsWith)) {
                problems.add(Messages.FOLDER + "/en.properties: no template asks for '" + key + "': remove the line");
            }
        }
        return problems;
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static String read(Path folder, String extension) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(extension)).sorted().map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).collect(Collectors.joining("\n"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
