package clinic.site.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The Spanish readability formula (INFLESZ) and its syllables, counted by hand. */
class SpanishReadabilityTest {

    /** Words and their syllables, divided by hand by the rules of Spanish spelling (the hyphens are for reading). */
    static final Map<String, Integer> BY_HAND = new LinkedHashMap<>();

    static {
        BY_HAND.put("ca-sa", 2);
        BY_HAND.put("me-di-ca-men-to", 5);
        BY_HAND.put("ke-ta-mi-na", 4);
        BY_HAND.put("tiem-po", 2); // a closed vowel and an open one: one syllable (diphthong)
        BY_HAND.put("de-pre-sión", 3); // a diphthong whose open vowel carries the accent
        BY_HAND.put("e-mer-gen-cias", 4);
        BY_HAND.put("ciu-dad", 2); // two different closed vowels: a diphthong
        BY_HAND.put("cuí-da-te", 3); // ... even with the accent on the second
        BY_HAND.put("dí-a", 2); // an accented closed vowel beside an open one: two syllables (hiatus)
        BY_HAND.put("pa-ís", 2);
        BY_HAND.put("re-ú-ne", 3);
        BY_HAND.put("o-í-do", 3);
        BY_HAND.put("le-er", 2); // two equal vowels: hiatus
        BY_HAND.put("chi-í-ta", 3);
        BY_HAND.put("po-e-ma", 3); // two open vowels: hiatus
        BY_HAND.put("zo-o-ló-gi-co", 5);
        BY_HAND.put("buey", 1); // closed, open, closed: one syllable (triphthong)
        BY_HAND.put("es-tu-diáis", 3);
        BY_HAND.put("sa-lí-ais", 3); // the accented í splits the triphthong; "ai" stays one
        BY_HAND.put("U-ru-guay", 3); // a final y is a vowel
        BY_HAND.put("muy", 1);
        BY_HAND.put("hoy", 1);
        BY_HAND.put("y", 1);
        BY_HAND.put("a-yu-da", 3); // a y before a vowel is a consonant
        BY_HAND.put("re-yes", 2);
        BY_HAND.put("ahu-ma-do", 3); // an h between vowels does not stop a diphthong...
        BY_HAND.put("pro-hí-ben", 3); // ... nor a hiatus
        BY_HAND.put("quie-ro", 2); // the u of qu and gu is silent
        BY_HAND.put("guí-a", 2);
        BY_HAND.put("se-guí-a", 3);
        BY_HAND.put("pin-güi-no", 3); // ü is a closed vowel
        BY_HAND.put("CLÍ-NI-CA", 3); // capitals keep their accents
        BY_HAND.put("988", 1); // a number is one word, as in the English count
    }

    @Test
    void each_word_has_the_syllables_counted_by_hand() {
        Map<String, Integer> counted = new LinkedHashMap<>();
        BY_HAND.keySet().forEach(w -> counted.put(w, SpanishReadability.syllables(w.replace("-", ""))));
        assertEquals(BY_HAND, counted);
    }

    /**
     * One sentence counted by hand: la (1) en-fer-me-ra (4) le (1) to-ma (2) la (1) pre-sión (2) is 6 words and 11
     * syllables, so 206.835 - 62.3 × 11/6 - 6/1 = 86.62.
     */
    @Test
    void a_sentence_scores_as_counted_by_hand() {
        SpanishReadability.Score s = SpanishReadability.of(prose("<p>La enfermera le toma la presión.</p>"));
        assertEquals(new SpanishReadability.Score(86.62, 6, 1, 11), rounded(s));
    }

    /**
     * A question ends a sentence, and the opening ¿ is no word: tie-ne (2) pre-gun-tas (3); lla-me (2) a (1) la (1)
     * clí-ni-ca (3) is 6 words, 12 syllables and 2 sentences, so 206.835 - 62.3 × 12/6 - 6/2 = 79.24.
     */
    @Test
    void a_question_and_a_request_score_as_counted_by_hand() {
        SpanishReadability.Score s = SpanishReadability.of(prose("<p>¿Tiene preguntas? Llame a la clínica.</p>"));
        assertEquals(new SpanishReadability.Score(79.24, 6, 2, 12), rounded(s));
    }

    /** Short sentences of everyday words, as a patient page should read: above "normal" (55), and above 65. */
    @Test
    void an_easy_paragraph_is_on_the_easy_side_of_both_limits() {
        SpanishReadability.Score s = SpanishReadability.of(prose("""
                <p>Después de la infusión, descanse en casa. Un adulto le lleva a casa.
                No maneje hasta mañana. Beba agua. Si se siente mal, llame a la clínica.</p>
                <ul><li>Duerma bien esta noche.</li><li>Coma algo ligero.</li></ul>
                """));
        assertTrue(s.inflesz() >= SpanishReadability.FAIRLY_EASY, describe(s));
        assertTrue(s.words() == 34 && s.sentences() == 7, describe(s));
    }

    /**
     * The facts of an infusion as a leaflet for professionals words them, in sentences about twice as long as the easy
     * paragraph's and in longer words: below 55, so "algo difícil" or worse.
     */
    @Test
    void a_hard_paragraph_is_below_the_limit_for_patients() {
        SpanishReadability.Score s = SpanishReadability.of(prose("""
                <p>La ketamina se administra por vía intravenosa durante aproximadamente cuarenta minutos, bajo la
                supervisión continua de profesionales sanitarios. Posteriormente, el paciente permanecerá en observación
                hasta que desaparezcan los efectos disociativos del medicamento.</p>
                """));
        assertTrue(s.inflesz() < SpanishReadability.NORMAL, describe(s));
        assertTrue(s.words() == 32 && s.sentences() == 2, describe(s));
    }

    @Test
    void no_prose_scores_nothing() {
        assertEquals(new SpanishReadability.Score(0, 0, 0, 0), SpanishReadability.of(prose("<p> </p>")));
    }

    static Element prose(String html) {
        return Jsoup.parseBodyFragment(html).body();
    }

    static SpanishReadability.Score rounded(SpanishReadability.Score s) {
        return new SpanishReadability.Score(Math.round(s.inflesz() * 100) / 100.0, s.words(), s.sentences(), s.syllables());
    }

    static String describe(SpanishReadability.Score s) {
        return String.format(Locale.ROOT, "INFLESZ %.1f: %d words, %d sentences, %d syllables", s.inflesz(), s.words(),
                s.sentences(), s.syllables());
    }
}
