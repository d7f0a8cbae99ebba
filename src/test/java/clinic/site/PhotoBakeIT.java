package clinic.site;

import static clinic.site.support.FixtureSite.article;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.OutputType;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.Tag;
import com.sun.net.httpserver.HttpServer;

import clinic.site.benchmark.BenchmarkPhoto;
import clinic.site.images.Picture;
import clinic.site.support.Browser;
import clinic.site.support.FixtureSite;
import clinic.site.support.SharedBrowser;
import clinic.site.support.TestPhotos;

/**
 * The "done when", end to end: an article with two real-size photos (4000 x 3000, as a phone takes them, one
 * with a phone's GPS, camera, dates, thumbnail and comment), baked by the public build's command. Every published
 * image is read back as anyone could read it; the budgets hold; a second bake takes the photos from the cache; and in
 * Chromium each image box has its final size before its image arrives.
 */
@ExtendWith(SharedBrowser.class)
@Order(4) // the fourth longest class: started first on a worker (LongestAtBothEnds)
class PhotoBakeIT {

    static final String PAGE = "patients/our-treatment-room/index.html";
    /** Asked for by the page once it has measured its image boxes: the server then lets the images go. */
    static final String RELEASE = "/release-the-images";

    @Test
    void two_phone_photos_bake_into_light_private_pictures_that_never_shift_the_page(@TempDir Path dir, Browser browser) throws Exception {
        FixtureSite site = new FixtureSite(dir).withMinimalHome()
                .writeFile("data/published-urls.yaml", "# URLs ever published (the bake adds new ones)\n- /\n");
        byte[] donor = Files.readAllBytes(Path.of(getClass().getResource("/images/private-metadata.jpg").toURI()));
        Path room = dir.resolve("assets/images/treatment-room.jpg");
        Path recovery = dir.resolve("assets/images/recovery-area.jpg");
        BufferedImage photo = BenchmarkPhoto.photo(4000, 3000, 1);
        TestPhotos.writeJpeg(room, photo);
        Files.write(room, TestPhotos.withMetadataOf(donor, Files.readAllBytes(room)));
        TestPhotos.writeJpeg(recovery, TestPhotos.mirrored(photo));
        assertTrue(Files.size(room) > 2_000_000 && Files.size(recovery) > 2_000_000, "not real-size photos: "
                + Files.size(room) + ", " + Files.size(recovery));
        List<String> private0 = privateMetadata(room);
        assertTrue(private0.stream().anyMatch(t -> t.contains("GPS Latitude")) && private0.stream().anyMatch(t -> t.contains("Model")),
                "the fixture photo lost its metadata, so this test would prove nothing: " + private0);
        site.write("patients/our-treatment-room/index.adoc", article("Our treatment room").replace("Some plain text.\n",
                "Some plain text.\n\nimage::/images/treatment-room.jpg[A reclining chair beside a window in a quiet room]\n")
                + "\n== After your infusion\n\nYou rest until you feel steady.\n\n"
                + "image::/images/recovery-area.jpg[Two armchairs and a side table in the recovery area]\n");

        String first = BakeCommandIT.bake(dir);
        assertTrue(first.contains("Site: photos: 2 made, 0 from target/build-cache/images"), first);
        System.out.println("First bake: " + first.lines().filter(l -> l.startsWith("Site: photos")).toList());
        Path out = dir.resolve("site");

        // No original, no metadata: every image file in the site, read back.
        List<Path> images;
        try (var files = Files.walk(out)) {
            images = files.filter(f -> f.toString().matches(".*\\.(jpe?g|png|webp|gif|tiff?)$")).toList();
        }
        assertEquals(16, images.size(), "2 photos x 4 widths x (WebP + JPEG): " + images);
        byte[] roomBytes = Files.readAllBytes(room);
        for (Path image : images) {
            assertFalse(java.util.Arrays.equals(roomBytes, Files.readAllBytes(image)), "the original was published: " + image);
            assertEquals(List.of(), privateMetadata(image), image + " carries private metadata");
            assertTrue(Files.size(image) <= 200 * 1024, image + " is over the 200 KB budget: " + Files.size(image));
        }

        // The markup: a picture each, final size in attributes, the first-screen photo not lazy.
        Document page = Jsoup.parse(Files.readString(out.resolve(PAGE)));
        List<Element> imgs = page.select("main picture > img");
        assertEquals(2, imgs.size(), page.select("main").html());
        assertEquals(List.of("1344", "1008"), List.of(imgs.get(0).attr("width"), imgs.get(0).attr("height")));
        assertFalse(imgs.get(0).hasAttr("loading"));
        assertEquals("lazy", imgs.get(1).attr("loading"));
        long phone = 0;
        List<String> report = new ArrayList<>();
        for (Element source : page.select("main picture > source[type=image/webp]")) {
            Picture.Candidate pick = Picture.phonePick(Picture.candidates(source.attr("srcset")));
            long bytes = Files.size(out.resolve(pick.url().substring(1)));
            phone += bytes;
            report.add(pick.url() + " " + bytes + " bytes");
        }
        System.out.println("A 375-px phone (2x) downloads " + phone + " bytes of photos: " + report);
        assertTrue(phone <= Picture.PAGE_BUDGET, "over the page budget: " + report);

        // The next bake does no image work and publishes the same files.
        Map<Path, byte[]> firstBytes = new HashMap<>();
        for (Path image : images) {
            firstBytes.put(image, Files.readAllBytes(image));
        }
        String second = BakeCommandIT.bake(dir);
        assertTrue(second.contains("Site: photos: 0 made, 2 from target/build-cache/images"), second);
        System.out.println("Second bake: " + second.lines().filter(l -> l.startsWith("Site: photos")).toList());
        for (Path image : images) {
            assertArrayEquals(firstBytes.get(image), Files.readAllBytes(image), "changed on the second bake: " + image);
        }

        // In Chromium, with every image held back by the server until the page has measured: once the stylesheet has
        // applied, and before any image has arrived, each photo's box already has the size it has when the image is
        // there. The page asks the server to let the images go (RELEASE) only after it has measured.
        AtomicReference<CountDownLatch> held = new AtomicReference<>(new CountDownLatch(1));
        HttpServer server = serve(out, held);
        Object script = null;
        try {
            script = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                    document.addEventListener('DOMContentLoaded', () => {
                      const css = document.querySelector('link[rel=stylesheet]');
                      const measure = () => requestAnimationFrame(() => {
                        window.boxesBefore = boxes();
                        fetch('%s');
                      });
                      if (css.sheet) { measure(); } else { css.addEventListener('load', measure); }
                    });
                    window.boxes = () => [...document.querySelectorAll('main img')].map(i => {
                      const r = i.getBoundingClientRect();
                      return {w: r.width, h: r.height, arrived: i.complete && i.naturalWidth > 0,
                              src: i.currentSrc.replace(/^.*\\//, '')};
                    });
                    """.formatted(RELEASE))).get("identifier");
            String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/patients/our-treatment-room/";
            for (int width : new int[] {375, 1280}) {
                held.set(new CountDownLatch(1));
                browser.viewport(width, 2400);
                browser.driver().get(url); // returns after the load event: the held-back images have arrived
                browser.driver().executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + "Promise.all([...document.images].map(i => i.decode().catch(() => {}))).then(() => done());");
                List<Map<String, Object>> before = boxes(browser, "window.boxesBefore");
                List<Map<String, Object>> after = boxes(browser, "window.boxes()");
                System.out.println(width + " px: image boxes before the images arrived " + before + "; after " + after);
                assertEquals(2, before.size(), "not measured before the images arrived: " + before);
                for (int i = 0; i < 2; i++) {
                    assertEquals(false, before.get(i).get("arrived"), "the image had arrived already, so this proves nothing");
                    assertEquals(true, after.get(i).get("arrived"), "the image never arrived");
                    assertEquals(((Number) after.get(i).get("w")).doubleValue(), ((Number) before.get(i).get("w")).doubleValue(), 0.01,
                            "image " + i + " changed width when it arrived (layout shift) at " + width + " px");
                    assertEquals(((Number) after.get(i).get("h")).doubleValue(), ((Number) before.get(i).get("h")).doubleValue(), 0.01,
                            "image " + i + " changed height when it arrived (layout shift) at " + width + " px");
                }
                // The column: at most 42rem, inside 1rem of padding each side (2rem from 48em); headless Chromium's
                // scrollbar takes 15 px of the viewport, which a phone's overlay scrollbar does not.
                long client = (Long) browser.driver().executeScript("return document.documentElement.clientWidth");
                double expectedWidth = Math.min(672, client - (width >= 768 ? 64 : 32));
                assertEquals(expectedWidth, ((Number) after.get(0).get("w")).doubleValue(), 0.5, "photo width at " + width + " px");
                assertEquals(expectedWidth * 0.75, ((Number) after.get(0).get("h")).doubleValue(), 1, "photo height at " + width + " px");
                assertTrue(String.valueOf(after.get(0).get("src")).endsWith(".webp"), "Chromium took " + after.get(0).get("src"));
                Path shot = Path.of("target/screenshots/photos-" + width + ".png");
                Files.createDirectories(shot.getParent());
                Files.write(shot, browser.driver().getScreenshotAs(OutputType.BYTES));
            }
        } finally {
            if (script != null) {
                browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", script));
            }
            held.get().countDown();
            server.stop(0);
        }
        // Kept for a look after the test (scripts/report target/photo-fixture-site): replaced on each run.
        Path kept = Path.of("target/photo-fixture-site");
        clinic.site.files.FileTree.delete(Files.exists(kept) ? kept : null);
        clinic.site.files.FileTree.copyTree(out, kept);
    }

    /** The image boxes a script expression returns: [{w, h, arrived, src}]. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> boxes(Browser browser, String expression) {
        Object boxes = browser.driver().executeScript("return " + expression + " || [];");
        return (List<Map<String, Object>>) boxes;
    }

    /** Every tag of an image that could say where, when, with what or by whom it was taken, as "Directory: Tag". */
    static List<String> privateMetadata(Path image) throws Exception {
        Metadata metadata = ImageMetadataReader.readMetadata(image.toFile());
        List<String> found = new ArrayList<>();
        for (Directory d : metadata.getDirectories()) {
            if (d instanceof com.drew.metadata.file.FileSystemDirectory) {
                continue; // the file's name, size and date on this disk, which metadata-extractor adds; not in the file
            }
            String dir = d.getName();
            boolean privateDirectory = dir.matches("(?i).*(gps|exif|xmp|iptc|icc|comment|photoshop|makernote|thumbnail|interop|jfxx).*");
            for (Tag t : d.getTags()) {
                if (d instanceof com.drew.metadata.jfif.JfifDirectory && t.getTagName().startsWith("Thumbnail")
                        && d.getInt(t.getTagType()) == 0) {
                    continue; // JFIF's own header says "thumbnail 0 x 0": there is none
                }
                if (privateDirectory || t.getTagName().matches("(?i).*(gps|make|model|date|time|thumbnail|comment|serial|artist|creator|lens).*")) {
                    found.add(dir + ": " + t.getTagName());
                }
            }
        }
        return found;
    }

    /**
     * The baked folder over HTTP on a free port (a folder's index.html at its path), each image held back until the
     * page asks for RELEASE (the latch in `held`), or 20 s at most: then the test fails saying the page had not
     * measured before the images arrived.
     */
    private static HttpServer serve(Path root, AtomicReference<CountDownLatch> held) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            if (path.equals(RELEASE)) {
                held.get().countDown();
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
                return;
            }
            Path file = root.resolve(path.substring(1) + (path.endsWith("/") ? "index.html" : "")).normalize();
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            if (name.endsWith(".webp") || name.endsWith(".jpg")) {
                try {
                    held.get().await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".css") ? "text/css" : name.endsWith(".webp") ? "image/webp"
                    : name.endsWith(".jpg") ? "image/jpeg" : name.endsWith(".js") ? "text/javascript" : "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(body);
            }
        });
        server.start();
        return server;
    }
}
