package clinic.site.images;

import java.util.List;
import java.util.stream.Collectors;

import org.jsoup.nodes.Element;

/**
 * The markup that places a photo, and what a phone downloads for it. One place for the layout's numbers: the image
 * column is at most 42rem wide (--measure in templates/css/tokens.css), inside 1rem of page padding on each side
 * below 48em and 2rem above (templates/css/layout.css).
 */
public final class Picture {

    /** The width the photo is shown at, for the browser to choose a rendition before the CSS has loaded. */
    public static final String SIZES = "(min-width: 48em) 42rem, calc(100vw - 2rem)";
    /** The phone the page budget is for: 375 CSS pixels wide, 2 device pixels per CSS pixel (iPhone SE to 13 mini). */
    public static final int PHONE_WIDTH = 375;
    public static final int PHONE_DENSITY = 2;
    /** The photo's width on that phone, in CSS pixels: the viewport less the page padding (SIZES). */
    public static final int PHONE_SLOT = PHONE_WIDTH - 2 * 16;
    public static final int PAGE_BUDGET = 300 * 1024;

    private Picture() {
    }

    /**
     * A &lt;picture&gt; for a photo's set, keeping the &lt;img&gt;'s other attributes (alt, title, class): WebP first,
     * the fallback format in the img; width and height, so the box has its final size before the photo loads; lazy
     * loading except for a photo on the first screen (`eager`).
     */
    static Element markup(Element img, String stem, Renditions.Set set, boolean eager) {
        Element picture = new Element("picture");
        picture.appendElement("source").attr("type", "image/webp").attr("srcset", srcset(stem, set.of("webp")))
                .attr("sizes", SIZES);
        Element out = img.clone();
        List<Renditions.Rendition> fallback = set.of(set.fallback());
        out.attr("src", stem + fallback.get(fallback.size() - 1).suffix())
                .attr("srcset", srcset(stem, fallback)).attr("sizes", SIZES)
                .attr("width", String.valueOf(set.width())).attr("height", String.valueOf(set.height()))
                .attr("decoding", "async");
        if (eager) {
            out.removeAttr("loading");
        } else {
            out.attr("loading", "lazy");
        }
        picture.appendChild(out);
        return picture;
    }

    static String srcset(String stem, List<Renditions.Rendition> renditions) {
        return renditions.stream().map(r -> stem + r.suffix() + " " + r.width() + "w").collect(Collectors.joining(", "));
    }

    /** One candidate of a srcset: its URL and width descriptor. */
    public record Candidate(String url, int width) {
    }

    /** The candidates of a srcset attribute ("a.webp 400w, b.webp 700w"). */
    public static List<Candidate> candidates(String srcset) {
        return java.util.Arrays.stream(srcset.split(","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.split("\\s+"))
                .map(p -> new Candidate(p[0], Integer.parseInt(p[1].replace("w", ""))))
                .toList();
    }

    /**
     * The candidate the reference phone downloads: the narrowest at least as wide as the photo's slot in device pixels,
     * else the widest (what Chromium chooses for a width-described srcset).
     */
    public static Candidate phonePick(List<Candidate> candidates) {
        int need = PHONE_SLOT * PHONE_DENSITY;
        return candidates.stream().filter(c -> c.width() >= need).min(java.util.Comparator.comparingInt(Candidate::width))
                .orElseGet(() -> candidates.stream().max(java.util.Comparator.comparingInt(Candidate::width)).orElseThrow());
    }
}
