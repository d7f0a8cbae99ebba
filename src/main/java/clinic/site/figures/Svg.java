package clinic.site.figures;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts every figure is written with. Rules every figure keeps (src/test/java/clinic/site/FiguresTest.java):
 * - <figure class="app-figure" data-figure="name"> with a <figcaption>. The SVG has role="img" and is named by its
 *   own <desc>, which says in words everything the picture shows (no SVG <title>: a page has one <title>).
 *   The one exception is `evidence-table`, a plain data table (data-figure="evidence-table") that is itself text.
 * - Nothing in a picture that the page's text does not also say.
 * - Colours only through the classes of templates/css/components/figure.css (design tokens), never fill="#..." or
 *   style="..." (the Content-Security-Policy forbids style attributes anyway).
 * - Every viewBox is WIDTH units wide with 16-unit text, and figure.css caps the SVG at 18em: on a wide screen the
 *   text is the page's size; on a phone the picture fills the width and its text stays about 16 px.
 * - Repeated parts are drawn once and moved with transform="translate(...)", which keeps pages small (gzip).
 * - Weight: /physicians/evidence/ (chart + table) is the heaviest page and sits just under the 14 KB first-flight
 *   budget of PageWeightTest, and figure.css is in every page's CSS. Keep both lean; measure before adding.
 */
final class Svg {

    /** Width of every figure's viewBox, in SVG units (16 units = one line of text). */
    static final int WIDTH = 288;

    private Svg() {
    }

    /** Text for HTML, in text or in a quoted attribute. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** Plain text as lines of at most `max` characters, broken at spaces (SVG text never wraps by itself). */
    static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : text.split(" ", -1)) {
            if (!line.isEmpty() && line.length() + 1 + word.length() > max) {
                lines.add(line);
                line = word;
            } else {
                line = line.isEmpty() ? word : line + " " + word;
            }
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** One <text> per line, the first baseline at y, 20 units apart. */
    static void textLines(StringBuilder out, List<String> lines, int x, int y, String cssClass, String anchor) {
        for (int i = 0; i < lines.size(); i++) {
            out.append("<text").append(cssClass.isEmpty() ? "" : " class=\"" + cssClass + "\"").append(" x=\"").append(x)
                    .append("\" y=\"").append(y + i * 20).append('"')
                    .append(anchor.isEmpty() ? "" : " text-anchor=\"" + anchor + "\"").append('>')
                    .append(escape(lines.get(i))).append("</text>\n");
        }
    }

    /** The figure's caption, a bold title sentence then the explanation (`text`, already HTML). */
    static void caption(StringBuilder out, String title, String html) {
        out.append("<figcaption class=\"app-figure__caption\"><strong class=\"app-figure__title\">").append(escape(title))
                .append("</strong> ").append(html).append("</figcaption>\n\n");
    }

    /** The opening of a figure's SVG, named by its <desc>: the title sentence, then everything the picture shows. */
    static void start(StringBuilder out, String id, int height, String title, String desc) {
        out.append("<svg class=\"app-figure__svg\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(id).append("-desc\">\n<desc id=\"").append(id)
                .append("-desc\">").append(escape(title + " " + desc)).append("</desc>\n");
    }

    /** A number as an attribute value: 159.552, 64, 6.5 (no grouping, no trailing zeros). */
    static String number(BigDecimal value) {
        String plain = value.stripTrailingZeros().toPlainString();
        return plain.equals("-0") ? "0" : plain;
    }

    /** A percentage as reported, with no invented precision: 55.4 -> "55.4%", 67 -> "67%". */
    static String percent(BigDecimal value) {
        return new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(Locale.US)).format(value) + "%";
    }
}
