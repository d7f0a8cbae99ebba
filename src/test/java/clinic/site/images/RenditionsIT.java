package clinic.site.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.TestPhotos;

/** Each rule of a photo's renditions: widths, formats, orientation, the cache, and every refusal. */
class RenditionsIT {

    @Test
    void a_photo_is_resized_to_the_layout_widths_and_never_upscaled(@TempDir Path dir) throws Exception {
        Path photo = TestPhotos.writeJpeg(dir.resolve("room.jpg"), 1100, 825, 1);
        Renditions.Set set = Renditions.of(photo, dir.resolve("cache"));
        assertEquals(List.of(400, 700, 1000, 1100), set.of("webp").stream().map(Renditions.Rendition::width).toList());
        assertEquals(List.of(400, 700, 1000, 1100), set.of("jpeg").stream().map(Renditions.Rendition::width).toList());
        assertEquals(1100, set.width());
        assertEquals(825, set.height());
        for (Renditions.Rendition r : set.renditions()) {
            BufferedImage read = ImageIO.read(set.dir().resolve(r.suffix()).toFile());
            assertEquals(r.width(), read.getWidth(), r.suffix());
            assertEquals(Math.round(r.width() * 0.75), read.getHeight(), 1, r.suffix() + ": aspect ratio kept");
            assertTrue(r.bytes() <= Renditions.MAX_RENDITION_BYTES, r + " over the 200 KB budget");
        }
    }

    @Test
    void the_widest_rendition_of_a_large_photo_is_1344_pixels(@TempDir Path dir) throws Exception {
        Path photo = TestPhotos.writeJpeg(dir.resolve("big.jpg"), 2000, 1500, 2);
        Renditions.Set set = Renditions.of(photo, dir.resolve("cache"));
        assertEquals(List.of(400, 700, 1000, 1344), set.of("webp").stream().map(Renditions.Rendition::width).toList());
        assertEquals(1008, set.height());
    }

    @Test
    void a_phone_photo_taken_sideways_is_published_the_right_way_up() throws Exception {
        // 900 x 680 pixels stored, EXIF orientation 6 (rotate 90 degrees clockwise): a portrait photo 680 x 900.
        Path rotated = Path.of(getClass().getResource("/images/rotated.jpg").toURI());
        Renditions.Set set = Renditions.of(rotated, Files.createTempDirectory("renditions"));
        assertEquals(680, set.width());
        assertEquals(900, set.height());
    }

    @Test
    void a_picture_with_transparent_parts_falls_back_to_png(@TempDir Path dir) throws Exception {
        BufferedImage logo = new BufferedImage(800, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setColor(new Color(0x1d5c8c));
        g.fillOval(100, 50, 600, 300);
        g.dispose();
        Path file = dir.resolve("logo.png");
        ImageIO.write(logo, "png", file.toFile());
        Renditions.Set set = Renditions.of(file, dir.resolve("cache"));
        assertEquals("png", set.fallback());
        assertTrue(set.of("jpeg").isEmpty());
        BufferedImage back = ImageIO.read(set.dir().resolve(set.of("png").get(0).suffix()).toFile());
        assertTrue(back.getColorModel().hasAlpha() && (back.getRGB(0, 0) >>> 24) == 0, "the corner stays transparent");
    }

    @Test
    void an_opaque_png_falls_back_to_jpeg(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("screen.png");
        ImageIO.write(clinic.site.benchmark.BenchmarkPhoto.photo(800, 600, 3), "png", file.toFile());
        assertEquals("jpeg", Renditions.of(file, dir.resolve("cache")).fallback());
    }

    @Test
    void a_photo_already_seen_is_taken_from_the_cache_without_image_work(@TempDir Path dir) throws Exception {
        Path photo = TestPhotos.writeJpeg(dir.resolve("room.jpg"), 1000, 750, 4);
        Path cache = dir.resolve("cache");
        assertFalse(Renditions.cached(photo, cache));
        Renditions.Set first = Renditions.of(photo, cache);
        FileTime made = Files.getLastModifiedTime(first.dir().resolve(Renditions.LIST));
        Files.copy(photo, dir.resolve("renamed.jpg")); // the same content under another name: the same set
        assertTrue(Renditions.cached(dir.resolve("renamed.jpg"), cache));
        Renditions.Set again = Renditions.of(dir.resolve("renamed.jpg"), cache);
        assertEquals(first, again);
        assertEquals(made, Files.getLastModifiedTime(again.dir().resolve(Renditions.LIST)), "the set was made again");
        // A changed photo is a new key.
        TestPhotos.writeJpeg(photo, 1000, 750, 5);
        assertFalse(Renditions.cached(photo, cache));
    }

    @Test
    void a_photo_narrower_than_the_column_is_refused() throws Exception {
        Path dir = Files.createTempDirectory("renditions");
        Path small = TestPhotos.writeJpeg(dir.resolve("small.jpg"), 600, 450, 6);
        var e = assertThrows(Renditions.Refused.class, () -> Renditions.of(small, dir.resolve("cache")));
        assertTrue(e.getMessage().startsWith("is 600 pixels wide;") && e.getMessage().contains("at least 672 pixels"), e.getMessage());
    }

    @Test
    void a_format_the_build_cannot_read_is_refused(@TempDir Path dir) throws Exception {
        Path heic = dir.resolve("room.heic"); // an iPhone's HEIC: a box-structured file ImageIO has no reader for
        Files.write(heic, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'});
        var e = assertThrows(Renditions.Refused.class, () -> Renditions.of(heic, dir.resolve("cache")));
        assertTrue(e.getMessage().contains("format the build cannot read") && e.getMessage().contains("JPEG"), e.getMessage());
    }

    @Test
    void a_file_over_25_megabytes_is_refused_before_it_is_read(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.jpg");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(26L * 1024 * 1024);
        }
        var e = assertThrows(Renditions.Refused.class, () -> Renditions.of(huge, dir.resolve("cache")));
        assertTrue(e.getMessage().startsWith("is 26 MB; the limit is 25 MB."), e.getMessage());
    }

    @Test
    void a_photo_that_cannot_fit_200_kb_is_refused(@TempDir Path dir) throws Exception {
        // Pure noise has no structure to compress: at 1344 pixels wide no quality on the ladder fits 200 KB.
        BufferedImage noise = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(8);
        for (int y = 0; y < 1200; y++) {
            for (int x = 0; x < 1600; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Path file = dir.resolve("noise.png");
        ImageIO.write(noise, "png", file.toFile());
        var e = assertThrows(Renditions.Refused.class, () -> Renditions.of(file, dir.resolve("cache")));
        assertTrue(e.getMessage().startsWith("is too detailed to publish within 200 KB at 1344 pixels wide"), e.getMessage());
        assertFalse(Files.exists(dir.resolve("cache")) && Files.list(dir.resolve("cache")).anyMatch(f -> !f.getFileName().toString().contains(".tmp-")),
                "a refused photo left a set in the cache");
    }
}
