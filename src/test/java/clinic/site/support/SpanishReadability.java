package clinic.site.support;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The readability of rendered Spanish prose on the INFLESZ scale: Szigriszt-Pazos's perspicuity,
 * 206.835 − 62.3 × syllables/words − words/sentences, read on the scale Barrio-Cantalejo et al. validated for texts
 * written for patients: below 40 "muy difícil", 40 to 55 "algo difícil", 55 to 65 "normal", 65 to 80 "bastante
 * fácil", above 80 "muy fácil". Higher is easier, unlike a grade.
 *
 * <p>Sources, read for this class: the formula and the scale at https://legible.es/blog/index-1.html (citing
 * Barrio-Cantalejo IM et al., "Validación de la Escala INFLESZ para evaluar la legibilidad de los textos dirigidos a
 * pacientes", An Sist Sanit Navar 2008;31(2):135-152,
 * http://scielo.isciii.es/scielo.php?pid=S1137-66272008000300004&script=sci_arttext, whose abstract gives 60 for
 * the adult press); the readers of each band ("normal": compulsory secondary education and the general press;
 * "bastante fácil": primary education) at https://jdelaossa.blogspot.com/2017/04/inflesz-se-entiende-lo-que-escribo.html;
 * and 55 as the limit for documents given to patients ("índice de legibilidad INFLESZ (adecuado si >55 puntos)",
 * López-Picazo and Tomás García, Cir Esp 2016;94(4):221-226,
 * https://c.coek.info/pdf-evaluacion-y-mejora-de-la-comprension-de-los-documentos-de-consentimiento-inform.html).
 * No source read maps the INFLESZ bands to US grades; Fernández-Huerta's scale does for its own formula ("normal",
 * 60 to 70, 7th and 8th grade; https://legible.es/blog/lecturabilidad-fernandez-huerta/).
 *
 * <p>The prose is read as Readability reads English (the same blocks and sentence ends). Syllables follow Spanish
 * spelling: each group of vowels is one syllable, split where two vowels are in hiatus (two open vowels, two equal
 * vowels, or an accented í or ú beside an open vowel), so diphthongs and triphthongs count once; a y is a vowel
 * unless a vowel follows it; an h is silent and neither makes nor breaks a group (ahu-ma-do, pro-hí-ben); ü is a
 * closed vowel. The u of que, qui, gue, gui needs no rule: a closed vowel beside another vowel joins its syllable.
 */
public final class SpanishReadability {

    /** The lowest score of the band "normal", and the limit for texts given to patients in the sources above. */
    public static final double NORMAL = 55;
    /** The lowest score of the band "bastante fácil" (texts for primary education). */
    public static final double FAIRLY_EASY = 65;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    private static final String VOWELS = "aeiouáéíóúü";
    private static final String OPEN = "aeoáéó";
    private static final String ACCENTED_CLOSED = "íú";

    /** The score on the INFLESZ scale, with what it was computed from. */
    public record Score(double inflesz, int words, int sentences, int syllables) {
    }

    private SpanishReadability() {
    }

    /** Scores the Spanish prose inside an element: each innermost text block, split into sentences. */
    public static Score of(Element prose) {
        Readability.Counts c = Readability.count(prose, WORD, SpanishReadability::syllables);
        if (c.words() == 0) {
            return new Score(0, 0, 0, 0);
        }
        double perspicuity = 206.835 - 62.3 * c.syllables() / c.words() - (double) c.words() / c.sentences();
        return new Score(perspicuity, c.words(), c.sentences(), c.syllables());
    }

    /** The syllables of one Spanish word: its vowel groups, each split at a hiatus. */
    static int syllables(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("h", "");
        int count = 0;
        char previous = 0; // the vowel before this letter, or 0 after a consonant
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean vowelFollows = i + 1 < w.length() && VOWELS.indexOf(w.charAt(i + 1)) >= 0;
            if (c == 'y' && !vowelFollows) {
                c = 'i'; // muy, hoy, Uruguay, the word y; but yo and ayuda start a syllable with it
            }
            if (VOWELS.indexOf(c) < 0) {
                previous = 0;
                continue;
            }
            if (previous == 0 || hiatus(previous, c)) {
                count++;
            }
            previous = c;
        }
        return Math.max(1, count); // a number or a word without vowels (988, mg) is read as one, as in the English count
    }

    /** Whether two vowels side by side belong to two syllables. */
    private static boolean hiatus(char a, char b) {
        boolean bothOpen = OPEN.indexOf(a) >= 0 && OPEN.indexOf(b) >= 0;
        boolean same = base(a) == base(b);
        boolean accentedClosedBesideOpen = ACCENTED_CLOSED.indexOf(a) >= 0 && OPEN.indexOf(b) >= 0
                || OPEN.indexOf(a) >= 0 && ACCENTED_CLOSED.indexOf(b) >= 0;
        return bothOpen || same || accentedClosedBesideOpen;
    }

    /** A vowel without its accent or diaeresis. */
    private static char base(char vowel) {
        return switch (vowel) {
            case 'á' -> 'a';
            case 'é' -> 'e';
            case 'í' -> 'i';
            case 'ó' -> 'o';
            case 'ú', 'ü' -> 'u';
            default -> vowel;
        };
    }
}
