package clinic.site.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import clinic.site.content.ContentFolder;

/**
 * The bake's photo step, run on a baked folder (the public build and every preview bake). JBake copies assets/ as it
 * is, so after it:
 * 1. no original raster file is left in the output: assets/images/ originals are deleted (they carry GPS, camera and
 *    dates, and weigh megabytes), and a raster file anywhere else in assets/ is refused;
 * 2. every SVG in assets/ is checked (SvgSafety);
 * 3. every page's &lt;img src="/images/..."&gt; of a raster photo becomes a &lt;picture&gt; of renditions (Renditions,
 *    Picture), written beside the page's other files; a photo that cannot be published, or a page whose photos weigh
 *    more than 300 KB on a phone, is refused with the article, its image:: line and the fix.
 * Decision: docs/decisions/0020-photos.md.
 */
public final class Photos {

    /** Raster formats: never published as they are. */
    static final List<String> RASTER = List.of("jpg", "jpeg", "png", "gif", "webp", "avif", "tif", "tiff", "bmp",
            "heic", "heif");
    /** The folder for editors' photos, under assets/ and in the site. */
    static final String FOLDER = "images";

    private Photos() {
    }

    /**
     * Runs the step on `out`, baked from `project`; renditions are kept in project/target/build-cache/images. Returns
     * the editor-facing problems ("... cannot be published:" and its "  - " lines), empty when all is well.
     */
    public static List<String> publish(Path project, Path out) {
        try {
            return new Step(project, out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run of the step: its problems by file, and each photo's set, made at most once per run. */
    private static final class Step {
        final Path project;
        final Path out;
        final Path cache;
        final Map<String, List<String>> problems = new LinkedHashMap<>();
        final Map<Path, Object> sets = new HashMap<>(); // a Renditions.Set, or the Refused message
        int made;
        int fromCache;

        Step(Path project, Path out) {
            this.project = project;
            this.out = out;
            this.cache = project.resolve("target/build-cache/images");
        }

        List<String> run() throws IOException {
            long start = System.nanoTime();
            Path assets = project.resolve("assets");
            List<Path> assetFiles = List.of();
            if (Files.isDirectory(assets)) {
                try (Stream<Path> files = Files.walk(assets)) {
                    assetFiles = files.filter(Files::isRegularFile).sorted().toList();
                }
            }
            for (Path file : assetFiles) {
                String rel = assets.relativize(file).toString().replace('\\', '/');
                if (RASTER.contains(extension(file))) {
                    deleteOriginal(file, rel);
                } else if (extension(file).equals("svg")) {
                    checkSvg(file, rel);
                }
            }
            List<Path> pages;
            try (Stream<Path> files = Files.walk(out)) {
                pages = files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
            }
            for (Path page : pages) {
                String html = Files.readString(page, StandardCharsets.UTF_8);
                if (html.contains("src=\"/" + FOLDER + "/")) { // most pages have no photo: not parsed
                    rewrite(page, html);
                }
            }
            if (made + fromCache > 0) {
                System.out.printf(Locale.ROOT, "Site: photos: %d made, %d from target/build-cache/images, in %.2f s%n", made,
                        fromCache, (System.nanoTime() - start) / 1e9); // scripts/benchmark-photos reads this line
            }
            List<String> messages = new ArrayList<>();
            problems.forEach((file, list) -> messages.add(file + " cannot be published:\n  - " + String.join("\n  - ", list)));
            return messages;
        }

        /** Deletes a raster original JBake copied from assets/ (`rel`); one outside assets/images/ is refused. */
        void deleteOriginal(Path raster, String rel) throws IOException {
            Files.deleteIfExists(out.resolve(rel));
            if (!rel.startsWith(FOLDER + "/")) {
                add("assets/" + rel, "photos and other pictures go in assets/images/: move it there and show it with"
                        + " image::/images/" + raster.getFileName() + "[alt text]. The build publishes resized copies"
                        + " of each photo a page uses, never the file itself.");
            }
        }

        /** Refuses (and takes out of the site) an SVG a browser would run scripts in or load other files for. */
        void checkSvg(Path svg, String rel) throws IOException {
            List<String> found = SvgSafety.problems(svg);
            if (!found.isEmpty()) {
                Files.deleteIfExists(out.resolve(rel));
                add("assets/" + rel, String.join("; ", found) + ". A browser would run or load it. Export the drawing"
                        + " again as plain SVG without scripts, links or embedded files (Inkscape: Save As, Plain SVG),"
                        + " or ask a developer.");
            }
        }

        /** Replaces each photo's &lt;img&gt; in a page by its &lt;picture&gt;, in place (the rest of the page is untouched). */
        void rewrite(Path page, String html) throws IOException {
            Parser parser = Parser.htmlParser().setTrackPosition(true);
            Document doc = Jsoup.parse(html, "", parser);
            String source = sourceOf(page);
            Element main = doc.selectFirst("main");
            int h2Seen = 0;
            boolean eagerGiven = false;
            long phoneBytes = 0;
            List<String> phoneParts = new ArrayList<>();
            List<int[]> ranges = new ArrayList<>();
            List<String> replacements = new ArrayList<>();
            for (Element el : (main == null ? doc.body() : main).select("h2, img")) {
                if (el.tagName().equals("h2")) {
                    h2Seen++;
                    continue;
                }
                String src = el.attr("src");
                if (!src.startsWith("/" + FOLDER + "/") || !RASTER.contains(extension(Path.of(src)))) {
                    continue;
                }
                Path photo = project.resolve("assets").resolve(src.substring(1));
                Object set = set(photo);
                if (!(set instanceof Renditions.Set photoSet)) {
                    add(source, where(source, src) + "image " + src + " " + (set == null
                            ? "is missing: put the file at assets" + src + " (or fix the name)." : set));
                    continue;
                }
                // The first screen: the page's first photo, if it comes before the second section. Loading it lazily
                // would delay the largest thing the reader sees first.
                boolean eager = !eagerGiven && h2Seen < 2;
                eagerGiven = true;
                String stem = src.substring(0, src.lastIndexOf('.')) + "-";
                Path folder = out.resolve(src.substring(1)).getParent();
                Files.createDirectories(folder);
                for (Renditions.Rendition r : photoSet.renditions()) {
                    Path target = folder.resolve(stem.substring(stem.lastIndexOf('/') + 1) + r.suffix());
                    if (!Files.exists(target) || Files.size(target) != r.bytes()) {
                        Files.copy(photoSet.dir().resolve(r.suffix()), target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                Element picture = Picture.markup(el, stem, photoSet, eager);
                Picture.Candidate pick = Picture.phonePick(Picture.candidates(picture.selectFirst("source").attr("srcset")));
                long bytes = photoSet.renditions().stream().filter(r -> pick.url().endsWith(r.suffix()))
                        .mapToLong(Renditions.Rendition::bytes).findFirst().orElseThrow();
                if (!phoneParts.contains(src + " " + bytes / 1024 + " KB")) { // a photo shown twice downloads once
                    phoneBytes += bytes;
                    phoneParts.add(src + " " + bytes / 1024 + " KB");
                }
                ranges.add(new int[] {el.sourceRange().startPos(), el.sourceRange().endPos()});
                replacements.add(picture.outerHtml());
            }
            if (phoneBytes > Picture.PAGE_BUDGET) {
                add(source, "its photos add up to " + phoneBytes / 1024 + " KB on a phone (" + String.join(", ", phoneParts)
                        + "); the limit for a page is " + Picture.PAGE_BUDGET / 1024 + " KB. Use fewer photos on this page,"
                        + " or crop them to their subject.");
            }
            if (ranges.isEmpty()) {
                return;
            }
            StringBuilder b = new StringBuilder(html);
            for (int i = ranges.size() - 1; i >= 0; i--) { // from the end, so earlier offsets stay valid
                b.replace(ranges.get(i)[0], ranges.get(i)[1], replacements.get(i));
            }
            Files.writeString(page, b, StandardCharsets.UTF_8);
        }

        /** A photo's set, its refusal message, or null when the file does not exist; each photo worked out once a run. */
        Object set(Path photo) throws IOException {
            if (!Files.isRegularFile(photo)) {
                return null;
            }
            if (!sets.containsKey(photo)) {
                try {
                    boolean cached = Renditions.cached(photo, cache);
                    sets.put(photo, Renditions.of(photo, cache));
                    if (cached) {
                        fromCache++;
                    } else {
                        made++;
                    }
                } catch (Renditions.Refused e) {
                    sets.put(photo, e.getMessage());
                }
            }
            return sets.get(photo);
        }

        /** The content file a page was baked from ("content/patients/x/index.adoc"), or the page's own path. */
        String sourceOf(Path page) {
            String rel = out.relativize(page).toString().replace('\\', '/');
            String stem = rel.substring(0, rel.length() - ".html".length()).replaceAll("-draft$", "");
            for (String ext : ContentFolder.ASCIIDOC_EXTENSIONS) {
                if (Files.isRegularFile(project.resolve("content/" + stem + "." + ext))) {
                    return "content/" + stem + "." + ext;
                }
            }
            return rel;
        }

        /** "line 12: " for the image:: line that shows `src` in the source file, or "" when it is not found there. */
        String where(String source, String src) {
            try {
                List<String> lines = Files.readAllLines(project.resolve(source), StandardCharsets.UTF_8);
                String name = src.substring(1);
                for (int i = 0; i < lines.size(); i++) {
                    if (lines.get(i).contains("image:") && lines.get(i).contains(name)) {
                        return "line " + (i + 1) + ": ";
                    }
                }
            } catch (IOException e) {
                // a page with no source file of its own (a template's page): no line to name
            }
            return "";
        }

        void add(String file, String problem) {
            List<String> list = problems.computeIfAbsent(file, f -> new ArrayList<>());
            if (!list.contains(problem)) {
                list.add(problem);
            }
        }
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
