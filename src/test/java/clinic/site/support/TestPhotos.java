package clinic.site.support;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import clinic.site.images.Renditions;


/**
 * Pictures for the photo tests, made in memory: photo-like (light falling across a room, large soft shapes, texture
 * at several scales and sensor grain), so they compress as a phone's photo does; a 4000 x 3000 one saved at quality
 * 0.92 is a few megabytes, as a phone writes it. The committed fixtures in src/test/resources/images/ carry the
 * metadata a phone writes (docs/decisions/0014-photos.md says how they were made).
 */
public final class TestPhotos {

    private TestPhotos() {
    }

    /** A photo-like picture; the same seed gives the same pixels. */
    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(seed);
        float[][] octaves = {grid(random, width, height, 400), grid(random, width, height, 90), grid(random, width, height, 20),
                grid(random, width, height, 6)};
        int[] scales = {400, 90, 20, 6};
        double[] amplitude = {70, 35, 18, 10};
        double hue = random.nextDouble() * Math.PI * 2;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double light = 150 - 60.0 * x / width + 30.0 * y / height;
                double t = 0;
                for (int o = 0; o < octaves.length; o++) {
                    t += amplitude[o] * sample(octaves[o], width, scales[o], x, y);
                }
                double grain = random.nextGaussian() * 5;
                int r = clamp(light + t + 30 * Math.cos(hue + t / 60) + grain);
                int g = clamp(light + t * 0.9 + 30 * Math.cos(hue + 2.1 + t / 70) + grain);
                int b = clamp(light + t * 0.8 + 30 * Math.cos(hue + 4.2 + t / 80) + grain);
                px[y * width + x] = r << 16 | g << 8 | b;
            }
        }
        return image;
    }

    /** A photo-like JPEG as a phone saves it (quality 0.92), written to `file`. */
    public static Path writeJpeg(Path file, int width, int height, long seed) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, Renditions.encode(photo(width, height, seed), "jpeg", 0.92f));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static float[] grid(Random random, int width, int height, int scale) {
        int w = width / scale + 2;
        int h = height / scale + 2;
        float[] g = new float[w * h + 1];
        g[0] = w; // the grid's width, for sample()
        for (int i = 1; i < g.length; i++) {
            g[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return g;
    }

    /** Value noise: the grid's random values, smoothly interpolated. */
    private static double sample(float[] g, int width, int scale, int x, int y) {
        int w = (int) g[0];
        double fx = (double) x / scale;
        double fy = (double) y / scale;
        int x0 = (int) fx;
        int y0 = (int) fy;
        double sx = smooth(fx - x0);
        double sy = smooth(fy - y0);
        double a = g[1 + y0 * w + x0];
        double b = g[1 + y0 * w + x0 + 1];
        double c = g[1 + (y0 + 1) * w + x0];
        double d = g[1 + (y0 + 1) * w + x0 + 1];
        return a + (b - a) * sx + (c - a) * sy + (a - b - c + d) * sx * sy;
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
