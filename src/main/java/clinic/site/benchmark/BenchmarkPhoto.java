package clinic.site.benchmark;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

    /**
     * A photo-like picture; the same seed gives the same pixels. Each octave's interpolation weights depend on x alone
     * or on y alone, so they are worked out once per column and once per row (the same arithmetic, so the same pixels);
     * the grain comes from Grain, java.util.Random's own sequence without its locks.
     */
    public static BufferedImage photo(int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Grain random = new Grain(seed);
        int[] scales = {400, 90, 20, 6};
        double[] amplitude = {70, 35, 18, 10};
        Octave[] octaves = new Octave[scales.length];
        for (int o = 0; o < scales.length; o++) {
            octaves[o] = new Octave(random, width, height, scales[o]);
        }
        double hue = random.nextDouble() * Math.PI * 2;
        for (int y = 0; y < height; y++) {
            for (Octave octave : octaves) {
                octave.row(y);
            }
            for (int x = 0; x < width; x++) {
                double light = 150 - 60.0 * x / width + 30.0 * y / height;
                double t = 0;
                for (int o = 0; o < octaves.length; o++) {
                    t += amplitude[o] * octaves[o].sample(x);
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

    /** Value noise at one scale: a grid of random values, smoothly interpolated. */
    private static final class Octave {
        private final float[] grid;
        private final int w;
        private final int[] x0;
        private final double[] sx;
        private final int scale;
        private int rowStart;
        private double sy;

        Octave(Grain random, int width, int height, int scale) {
            this.scale = scale;
            w = width / scale + 2;
            int h = height / scale + 2;
            grid = new float[w * h];
            for (int i = 0; i < grid.length; i++) {
                grid[i] = (float) (random.nextDouble() * 2 - 1);
            }
            x0 = new int[width];
            sx = new double[width];
            for (int x = 0; x < width; x++) {
                double fx = (double) x / scale;
                x0[x] = (int) fx;
                sx[x] = smooth(fx - x0[x]);
            }
        }

        void row(int y) {
            double fy = (double) y / scale;
            int y0 = (int) fy;
            rowStart = y0 * w;
            sy = smooth(fy - y0);
        }

        double sample(int x) {
            int i = rowStart + x0[x];
            double a = grid[i];
            double b = grid[i + 1];
            double c = grid[i + w];
            double d = grid[i + w + 1];
            double tx = sx[x];
            return a + (b - a) * tx + (c - a) * sy + (a - b - c + d) * tx * sy;
        }
    }

    /**
     * java.util.Random's generator and its Gaussian (the algorithms its documentation specifies), for one thread:
     * Random locks and updates an atomic seed on every call, which was half of this class's time.
     */
    static final class Grain {
        private static final long MULTIPLIER = 0x5DEECE66DL;
        private static final long MASK = (1L << 48) - 1;
        private long seed;
        private double nextNextGaussian;
        private boolean haveNextNextGaussian;

        Grain(long seed) {
            this.seed = (seed ^ MULTIPLIER) & MASK;
        }

        private int next(int bits) {
            seed = (seed * MULTIPLIER + 0xBL) & MASK;
            return (int) (seed >>> (48 - bits));
        }

        double nextDouble() {
            return (((long) next(26) << 27) + next(27)) * 0x1.0p-53;
        }

        double nextGaussian() {
            if (haveNextNextGaussian) {
                haveNextNextGaussian = false;
                return nextNextGaussian;
            }
            double v1;
            double v2;
            double s;
            do {
                v1 = 2 * nextDouble() - 1;
                v2 = 2 * nextDouble() - 1;
                s = v1 * v1 + v2 * v2;
            } while (s >= 1 || s == 0);
            double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
            nextNextGaussian = v2 * multiplier;
            haveNextNextGaussian = true;
            return v1 * multiplier;
        }
    }

    private static double smooth(double t) {
        return t * t * (3 - 2 * t);
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, v));
    }
}
