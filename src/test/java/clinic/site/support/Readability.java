package clinic.site.support;

import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * Flesch-Kincaid grade of rendered prose:
 * 0.39 × words/sentences + 11.8 × syllables/words − 15.59 (VA HSR&D formula, as in research.md §2.5).
 * Every block (paragraph, list item, heading, table cell, definition) ends a sentence, as the NHS advises for
 * scoring; inside a block, sentences end at . ! ? : ;. Syllables are counted with the usual vowel-group heuristic.
 */
public final class Readability {

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9][A-Za-z0-9'’\\-]*");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+");
    private static final String BLOCKS = "p, li, h1, h2, h3, h4, th, td, dt, dd, caption, .title";

    public record Score(double grade, int words, int sentences) {
    }

    /** What a readability formula counts in prose: its words, its sentences and their syllables. */
    record Counts(int words, int sentences, int syllables) {
    }

    private Readability() {
    }

    /** Scores the prose inside an element: each innermost text block, split into sentences. */
    public static Score of(Element prose) {
        Counts c = count(prose, WORD, Readability::syllables);
        if (c.words() == 0) {
            return new Score(0, 0, 0);
        }
        double grade = 0.39 * c.words() / c.sentences() + 11.8 * c.syllables() / c.words() - 15.59;
        return new Score(grade, c.words(), c.sentences());
    }

    /**
     * Counts the words (tokens of `word`), sentences and syllables of each innermost text block inside an element.
     * Shared with SpanishReadability, so both languages' formulas read the same prose the same way.
     */
    static Counts count(Element prose, Pattern word, ToIntFunction<String> syllablesOf) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        for (Element block : prose.select(BLOCKS)) {
            if (block.select(BLOCKS).size() > 1) {
                continue; // an outer block (a list item holding a paragraph): its inner blocks are scored instead
            }
            for (String sentence : SENTENCE_END.split(block.text())) {
                List<String> tokens = word.matcher(sentence).results().map(MatchResult::group).toList();
                if (tokens.isEmpty()) {
                    continue;
                }
                sentences++;
                words += tokens.size();
                for (String t : tokens) {
                    syllables += syllablesOf.applyAsInt(t);
                }
            }
        }
        return new Counts(words, sentences, syllables);
    }

    /** Vowel groups, less a silent final e/es/ed; words of three letters or fewer have one syllable. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (w.isEmpty()) {
            return word.matches(".*\\d.*") ? 1 : 0;
        }
        if (w.length() <= 3) {
            return 1;
        }
        w = w.replaceAll("(?:[^laeiouy]es|ed|[^laeiouy]e)$", "").replaceAll("^y", "");
        int count = 0;
        Matcher m = Pattern.compile("[aeiouy]{1,2}").matcher(w);
        while (m.find()) {
            count++;
        }
        return Math.max(1, count);
    }
}
