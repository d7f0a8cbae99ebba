package clinic.site.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.TestPhotos;

/**
 * The photo step on a baked folder, as Bake.bake runs it: a project with content/ and assets/, and an output folder
 * holding what JBake would have written (the page, and assets/ copied as they are).
 */
class PhotosIT {

    static final String HEADER = "title=Our rooms\ndescription=d\ntype=article\nstatus=published\n~~~~~~\n";

    @Test
    void each_photo_becomes_a_picture_the_first_screen_one_not_lazy_and_the_originals_are_gone(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Path out = dir.resolve("out");
        TestPhotos.writeJpeg(project.resolve("assets/images/room.jpg"), 1600, 1200, 1);
        TestPhotos.writeJpeg(project.resolve("assets/images/team/nurse.jpg"), 1200, 900, 2);
        TestPhotos.writeJpeg(project.resolve("assets/images/unused.jpg"), 800, 600, 3);
        write(project, "content/rooms/index.adoc", HEADER + "image::/images/room.jpg[The treatment room]\n\n== Staff\n\n== Team\n\nimage::/images/team/nurse.jpg[A nurse]\n");
        copyAssets(project, out);
        String before = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><main>"
                + "<div class=\"imageblock\"><div class=\"content\"><img src=\"/images/room.jpg\" alt=\"The treatment room &amp; chair\"></div></div>"
                + "<h2>Staff</h2><p>Text.</p><h2>Team</h2>"
                + "<div class=\"imageblock\"><div class=\"content\"><img src=\"/images/team/nurse.jpg\" alt=\"A nurse\"></div></div>"
                + "<svg viewBox=\"0 0 10 10\"><path d=\"M0 0\"/></svg></main></body></html>";
        write(out, "rooms/index.html", before);

        assertEquals(List.of(), Photos.publish(project, out));

        String after = Files.readString(out.resolve("rooms/index.html"));
        Document doc = Jsoup.parse(after);
        List<Element> pictures = doc.select("picture");
        assertEquals(2, pictures.size(), after);
        Element first = pictures.get(0).selectFirst("img");
        Element source = pictures.get(0).selectFirst("source[type=image/webp]");
        assertTrue(source.attr("srcset").matches("/images/room-400-\\w{8}\\.webp 400w, /images/room-700-\\w{8}\\.webp 700w, "
                + "/images/room-1000-\\w{8}\\.webp 1000w, /images/room-1344-\\w{8}\\.webp 1344w"), source.attr("srcset"));
        assertEquals(Picture.SIZES, source.attr("sizes"));
        assertTrue(first.attr("src").matches("/images/room-1344-\\w{8}\\.jpg"), first.attr("src"));
        assertEquals("1344", first.attr("width"));
        assertEquals("1008", first.attr("height"));
        assertEquals("The treatment room & chair", first.attr("alt"));
        assertFalse(first.hasAttr("loading"), "the first-screen photo must not wait for scrolling");
        assertEquals("async", first.attr("decoding"));
        Element second = pictures.get(1).selectFirst("img");
        assertEquals("lazy", second.attr("loading"), "a photo after the second section loads when scrolled to");
        assertEquals("1200", second.attr("width"));
        assertEquals("900", second.attr("height"));
        // Only the img tags changed: the rest of the page is as JBake wrote it (the inline SVG keeps its viewBox).
        String rest = after.replaceAll("<picture>.*?</picture>", "<img>");
        assertEquals(before.replaceAll("<img [^>]*>", "<img>"), rest);

        for (Element img : doc.select("source, img")) {
            for (String candidate : img.attr("srcset").split(", ")) {
                assertTrue(Files.isRegularFile(out.resolve(candidate.split(" ")[0].substring(1))), candidate);
            }
        }
        assertFalse(Files.exists(out.resolve("images/room.jpg")), "the original was published");
        assertFalse(Files.exists(out.resolve("images/team/nurse.jpg")), "the original was published");
        assertFalse(Files.exists(out.resolve("images/unused.jpg")), "an unused original was published");
        try (var files = Files.list(out.resolve("images"))) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("unused")), "an unused photo got renditions");
        }
    }

    @Test
    void a_refused_photo_names_the_article_and_its_image_line(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Path out = dir.resolve("out");
        TestPhotos.writeJpeg(project.resolve("assets/images/small.jpg"), 500, 375, 4);
        write(project, "content/patients/rooms/index.adoc", HEADER + "Intro.\n\n== Rooms\n\nimage::/images/small.jpg[A small photo]\n");
        copyAssets(project, out);
        write(out, "patients/rooms/index.html", "<main><img src=\"/images/small.jpg\" alt=\"A small photo\"></main>");
        List<String> problems = Photos.publish(project, out);
        assertEquals(List.of("content/patients/rooms/index.adoc cannot be published:\n  - line 10: image /images/small.jpg is 500"
                + " pixels wide; pages show photos up to 672 pixels wide (1344 on sharp screens), so it would look blurred."
                + " Use a photo at least 672 pixels wide, ideally 1344 or more."), problems);
        assertFalse(Files.exists(out.resolve("images/small.jpg")), "a refused original was published");
    }

    @Test
    void a_page_whose_photos_weigh_more_than_300_kb_on_a_phone_is_refused(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Path out = dir.resolve("out");
        StringBuilder body = new StringBuilder("<main>");
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 1; i <= 6; i++) { // at 690 pixels wide, the phone's pick is the photo itself: about 60 KB each
            TestPhotos.writeJpeg(project.resolve("assets/images/p" + i + ".jpg"), 690, 518, 10 + i);
            body.append("<img src=\"/images/p").append(i).append(".jpg\" alt=\"Photo ").append(i).append("\">");
            text.append("image::/images/p").append(i).append(".jpg[Photo ").append(i).append("]\n\n");
        }
        write(project, "content/gallery/index.adoc", text.toString());
        copyAssets(project, out);
        write(out, "gallery/index.html", body.append("</main>").toString());
        List<String> problems = Photos.publish(project, out);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("content/gallery/index.adoc cannot be published:\n  - its photos add up to ")
                && problems.get(0).contains("KB on a phone (/images/p1.jpg ") && problems.get(0).contains("the limit for a page is 300 KB"),
                problems.get(0));
    }

    @Test
    void a_raster_file_outside_assets_images_and_an_unsafe_svg_are_refused_and_not_published(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("project");
        Path out = dir.resolve("out");
        TestPhotos.writeJpeg(project.resolve("assets/team-photo.jpg"), 800, 600, 5);
        write(project, "assets/images/diagram.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");
        copyAssets(project, out);
        List<String> problems = Photos.publish(project, out);
        assertEquals(List.of("assets/images/diagram.svg cannot be published:\n  - it has a <script> element. A browser would"
                + " run or load it. Export the drawing again as plain SVG without scripts, links or embedded files (Inkscape:"
                + " Save As, Plain SVG), or ask a developer.",
                "assets/team-photo.jpg cannot be published:\n  - photos and other pictures go in assets/images/:"
                + " move it there and show it with image::/images/team-photo.jpg[alt text]. The build publishes resized copies"
                + " of each photo a page uses, never the file itself."), problems);
        assertFalse(Files.exists(out.resolve("team-photo.jpg")));
        assertFalse(Files.exists(out.resolve("images/diagram.svg")));
    }

    private static void write(Path root, String relative, String text) throws Exception {
        Files.createDirectories(root.resolve(relative).getParent());
        Files.writeString(root.resolve(relative), text);
    }

    /** What JBake does with assets/: copies every file as it is. */
    private static void copyAssets(Path project, Path out) throws Exception {
        clinic.site.files.FileTree.copyTree(project.resolve("assets"), out);
    }
}
