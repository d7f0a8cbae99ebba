package clinic.site.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The photo generator's grain is java.util.Random's sequence, draw for draw, so a seed gives the same pixels as it did
 * when the generator used Random itself (and the photo fixtures keep their size and detail).
 */
class BenchmarkPhotoTest {

    @Test
    void the_grain_is_javas_random_sequence() {
        for (long seed : new long[] {0, 1, 3, 42, -7, Long.MAX_VALUE}) {
            Random reference = new Random(seed);
            BenchmarkPhoto.Grain grain = new BenchmarkPhoto.Grain(seed);
            for (int i = 0; i < 10_000; i++) {
                // the generator's own pattern: doubles for the grids and the hue, then Gaussians, one per pixel
                if (i % 3 == 0) {
                    assertEquals(reference.nextDouble(), grain.nextDouble(), "seed " + seed + ", draw " + i);
                } else {
                    assertEquals(reference.nextGaussian(), grain.nextGaussian(), "seed " + seed + ", draw " + i);
                }
            }
        }
    }
}
