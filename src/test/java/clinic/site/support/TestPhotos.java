package clinic.site.support;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import clinic.site.benchmark.BenchmarkPhoto;
import clinic.site.images.Renditions;

/**
 * Photos for the tests: photo-like JPEGs as a phone saves them (clinic.site.benchmark.BenchmarkPhoto's pixels), and
 * a phone's private metadata put into them. The committed fixtures in src/test/resources/images/ carry the metadata
 * a phone writes; they were made with exiftool (Debian package libimage-exiftool-perl): GPS, make, model, lens,
 * serial number, dates, artist, a JPEG comment, XMP creator and GPS, IPTC keywords and an EXIF thumbnail on
 * private-metadata.jpg; Orientation 6 (rotate 90 degrees clockwise) on rotated.jpg.
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A photo-like JPEG as a phone saves it (quality 0.92), written to `file`. */
    public static Path writeJpeg(Path file, int width, int height, long seed) {
        return writeJpeg(file, BenchmarkPhoto.photo(width, height, seed));
    }

    /** The picture saved as a phone saves it (JPEG, quality 0.92) to `file`. */
    public static Path writeJpeg(Path file, BufferedImage picture) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Renditions.encode(picture, "jpeg", 0.92f));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The picture mirrored left to right: another photo of the same size and kind (other bytes, another cache entry),
     * without making one again (a 4000 x 3000 photo costs about 1.3 s of CPU to make; its mirror a few milliseconds).
     */
    public static BufferedImage mirrored(BufferedImage picture) {
        int width = picture.getWidth();
        BufferedImage mirror = new BufferedImage(width, picture.getHeight(), picture.getType());
        int[] row = new int[width];
        for (int y = 0; y < picture.getHeight(); y++) {
            picture.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width / 2; x++) {
                int left = row[x];
                row[x] = row[width - 1 - x];
                row[width - 1 - x] = left;
            }
            mirror.setRGB(0, y, width, 1, row, 0, width);
        }
        return mirror;
    }

    /**
     * A JPEG with another JPEG's metadata segments (APP1 to APP15: EXIF with GPS and its thumbnail, XMP, IPTC; and
     * COM comments) put in after its start marker, where a camera writes them: a real-size photo with a phone's
     * private metadata, without committing megabytes.
     */
    public static byte[] withMetadataOf(byte[] donor, byte[] jpeg) {
        ByteArrayOutputStream segments = new ByteArrayOutputStream();
        int i = 2; // after SOI
        while (i + 4 <= donor.length && (donor[i] & 0xff) == 0xff) {
            int marker = donor[i + 1] & 0xff;
            int length = (donor[i + 2] & 0xff) << 8 | (donor[i + 3] & 0xff);
            if (marker == 0xda) {
                break; // start of scan: the metadata is all before it
            }
            if (marker >= 0xe1 && marker <= 0xef || marker == 0xfe) {
                segments.write(donor, i, 2 + length);
            }
            i += 2 + length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segments.toByteArray());
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

}
