package clinic.site.benchmark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import clinic.site.images.Renditions;

/**
 * A photo-like picture made in memory (light falling across a room, large soft shapes, texture at several scales and
 * sensor grain), so it compresses as a phone's photo does: 4000 x 3000 saved at quality 0.92 is about 3.8 MB, as a
 * phone writes it. For scripts/benchmark-photos and the photo tests.
 *
 *   java -cp ... clinic.site.benchmark.BenchmarkPhoto FILE.jpg [WIDTH HEIGHT SEED]
 */
public final class BenchmarkPhoto {

    private BenchmarkPhoto() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int width = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        int height = args.length > 2 ? Integer.parseInt(args[2]) : 3000;
        long seed = args.length > 3 ? Long.parseLong(args[3]) : 1;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Renditions.encode(photo(width, height, seed), "jpeg", 0.92f));
        System.out.println(file + ": " + width + " x " + height + ", " + Files.size(file) + " bytes");
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
