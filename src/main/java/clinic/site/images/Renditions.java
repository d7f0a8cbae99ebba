package clinic.site.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import com.luciad.imageio.webp.WebPWriteParam;

import net.coobird.thumbnailator.Thumbnails;

import clinic.site.files.FileTree;

/**
 * The published versions of one photo: a few widths (never wider than the photo), each as WebP and as a JPEG (PNG
 * when the photo has transparent parts), re-encoded from the pixels alone, so no metadata (GPS, camera, dates,
 * thumbnails, comments) is carried over. Made once per photo content and recipe and kept in the build cache
 * (target/build-cache/images/<hash>/), so a rebake or a preview save does no image work for a photo it has seen.
 * A photo the build cannot publish well throws {@link Refused} with what the editor should do.
 */
public final class Renditions {

    /** Widths in pixels, for an image column at most 42rem (672 px) wide, on screens of 1x to 2x density. */
    static final int[] WIDTHS = {400, 700, 1000, 1344};
    /** Narrower than the column at 1x looks blurred: such a photo is refused. */
    static final int MIN_WIDTH = 672;
    static final long MAX_FILE_BYTES = 25L * 1024 * 1024;
    /** Decoding needs 4 bytes a pixel: 50 megapixels is 200 MB of the bake's memory, more than any phone takes. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Budget for the largest rendition of a photo. */
    static final int MAX_RENDITION_BYTES = 200 * 1024;
    /** Qualities tried in turn until the largest rendition fits its budget. */
    static final float[] WEBP_QUALITIES = {0.80f, 0.72f, 0.64f, 0.56f};
    static final float[] JPEG_QUALITIES = {0.82f, 0.75f, 0.68f, 0.60f};
    /** Part of every cache key: change it when the widths, qualities or encoders change. */
    static final String RECIPE = "v1 widths 400,700,1000,1344; webp 80-56; jpeg 82-60 progressive; webp-imageio 0.11.0";

    private Renditions() {
    }

    /** One file of a photo's set: "700-1a2b3c4d.webp", 700 x 525 pixels, its size in bytes. */
    public record Rendition(String suffix, String format, int width, int height, long bytes) {
    }

    /** A photo's set: its shown size (the largest rendition's) and every rendition, in the cache folder `dir`. */
    public record Set(Path dir, int width, int height, List<Rendition> renditions) {

        /** The renditions of one format ("webp", "jpeg" or "png"), narrowest first. */
        public List<Rendition> of(String format) {
            return renditions.stream().filter(r -> r.format().equals(format)).toList();
        }

        /** The fallback format for browsers without WebP: "png" for photos with transparent parts, else "jpeg". */
        public String fallback() {
            return of("png").isEmpty() ? "jpeg" : "png";
        }
    }

    /** Why a photo cannot be published, and what to do, in words for an editor. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    /** True when the build cache already holds the set for this photo (no image work needed). */
    static boolean cached(Path source, Path cache) throws IOException {
        return Files.isRegularFile(cache.resolve(key(source)).resolve(LIST));
    }

    /** The set for a photo: from the cache, or made now and kept there. */
    public static Set of(Path source, Path cache) throws IOException, Refused {
        long bytes = Files.size(source);
        if (bytes > MAX_FILE_BYTES) {
            throw new Refused("is " + bytes / (1024 * 1024) + " MB; the limit is 25 MB. Export it again at about 3000 pixels wide"
                    + " as a JPEG (a phone's \"large\" or \"actual size\" photo is fine).");
        }
        String key = key(source);
        Path dir = cache.resolve(key);
        if (!Files.isRegularFile(dir.resolve(LIST))) {
            make(source, key, cache);
        }
        return read(dir);
    }

    static final String LIST = "renditions.txt";

    /** The cache key: the photo's content and the recipe; 16 hex digits of SHA-256. */
    static String key(Path source) throws IOException {
        var digest = FileTree.sha256();
        digest.update(RECIPE.getBytes(StandardCharsets.UTF_8));
        try (InputStream in = Files.newInputStream(source)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0;) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static void make(Path source, String key, Path cache) throws IOException, Refused {
        BufferedImage photo = decode(source);
        if (photo.getWidth() < MIN_WIDTH) {
            throw new Refused("is " + photo.getWidth() + " pixels wide; pages show photos up to " + MIN_WIDTH
                    + " pixels wide (" + WIDTHS[WIDTHS.length - 1] + " on sharp screens), so it would look blurred."
                    + " Use a photo at least " + MIN_WIDTH + " pixels wide, ideally " + WIDTHS[WIDTHS.length - 1] + " or more.");
        }
        boolean transparent = hasTransparency(photo);
        List<Integer> widths = new ArrayList<>();
        for (int w : WIDTHS) {
            if (w < photo.getWidth()) {
                widths.add(w);
            }
        }
        int top = Math.min(photo.getWidth(), WIDTHS[WIDTHS.length - 1]);
        if (!widths.contains(top)) {
            widths.add(top); // never upscaled: the widest is the photo's own width when it is narrower than 1344
        }
        List<BufferedImage> scaled = new ArrayList<>();
        for (int w : widths) {
            scaled.add(Thumbnails.of(photo).width(w)
                    .imageType(transparent ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB).asBufferedImage());
        }
        Path tmp = Files.createDirectories(cache).resolve(key + ".tmp-" + ProcessHandle.current().pid());
        FileTree.delete(Files.exists(tmp) ? tmp : null);
        Files.createDirectories(tmp);
        StringBuilder list = new StringBuilder();
        for (String format : transparent ? List.of("webp", "png") : List.of("webp", "jpeg")) {
            List<byte[]> files = encodeWithinBudget(scaled, format);
            for (int i = 0; i < scaled.size(); i++) {
                BufferedImage image = scaled.get(i);
                String suffix = image.getWidth() + "-" + key.substring(0, 8) + "." + (format.equals("jpeg") ? "jpg" : format);
                Files.write(tmp.resolve(suffix), files.get(i));
                list.append(suffix).append(' ').append(format).append(' ').append(image.getWidth()).append(' ')
                        .append(image.getHeight()).append(' ').append(files.get(i).length).append('\n');
            }
        }
        Files.writeString(tmp.resolve(LIST), list, StandardCharsets.UTF_8); // written last: its presence means complete
        try {
            Files.move(tmp, cache.resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException | java.nio.file.DirectoryNotEmptyException e) {
            FileTree.delete(tmp); // another build (the preview and mvn at once) made the same set first
        }
    }

    /** Decodes a photo the right way up (Thumbnailator applies the EXIF orientation a phone records). */
    static BufferedImage decode(Path source) throws IOException, Refused {
        try (ImageInputStream in = ImageIO.createImageInputStream(source.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new Refused("is in a format the build cannot read. Save it as a JPEG (photos) or PNG (drawings"
                        + " with transparent parts); an iPhone's HEIC photo can be exported as JPEG.");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new Refused("is " + reader.getWidth(0) + " x " + reader.getHeight(0) + " pixels; the limit is 50"
                            + " megapixels. Export it again at about 3000 pixels wide.");
                }
            } catch (IOException e) {
                throw new Refused("could not be read (" + e.getMessage() + "). The file may be damaged: export it again as a JPEG.");
            } finally {
                reader.dispose();
            }
        }
        try {
            return Thumbnails.of(source.toFile()).scale(1.0).imageType(BufferedImage.TYPE_INT_ARGB).asBufferedImage();
        } catch (IOException | RuntimeException e) {
            throw new Refused("could not be read (" + e.getMessage() + "). The file may be damaged: export it again as a JPEG.");
        }
    }

    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int argb : row) {
                if (argb >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Encodes every width in one format at the highest quality at which the widest fits the budget (all widths at
     * that quality, so a phone and a desktop see the same picture); refuses the photo when none does.
     */
    static List<byte[]> encodeWithinBudget(List<BufferedImage> scaled, String format) throws IOException, Refused {
        BufferedImage widest = scaled.get(scaled.size() - 1);
        float[] qualities = format.equals("webp") ? WEBP_QUALITIES : format.equals("jpeg") ? JPEG_QUALITIES : new float[] {1f};
        for (float q : qualities) {
            byte[] top = encode(widest, format, q);
            if (top.length <= MAX_RENDITION_BYTES) {
                List<byte[]> files = new ArrayList<>();
                for (BufferedImage image : scaled.subList(0, scaled.size() - 1)) {
                    files.add(encode(image, format, q));
                }
                files.add(top);
                return files;
            }
        }
        throw new Refused("is too detailed to publish within " + MAX_RENDITION_BYTES / 1024 + " KB at " + widest.getWidth()
                + " pixels wide as " + format.toUpperCase(java.util.Locale.ROOT) + (format.equals("png")
                        ? " (it has transparent parts). Fill the background and save it as a JPEG."
                        : ". Crop it to the subject, or choose a calmer photo (fine texture, grain and noise cost the most bytes)."));
    }

    /** Encodes pixels alone (no metadata object is passed, so the writers add none of the source's). */
    public static byte[] encode(BufferedImage image, String format, float quality) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IOException("no ImageIO writer for " + format + " on the classpath");
        }
        ImageWriter writer = writers.next();
        ImageWriteParam param;
        if (format.equals("webp")) {
            WebPWriteParam webp = new WebPWriteParam(writer.getLocale());
            webp.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            webp.setCompressionType(webp.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
            webp.setCompressionQuality(quality);
            param = webp;
        } else if (format.equals("jpeg")) {
            param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // progressive: a blurred whole picture first
        } else {
            param = writer.getDefaultWriteParam();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static Set read(Path dir) throws IOException {
        List<Rendition> renditions = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(LIST), StandardCharsets.UTF_8)) {
            String[] f = line.split(" ");
            renditions.add(new Rendition(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), Long.parseLong(f[4])));
        }
        Rendition widest = renditions.stream().filter(r -> r.format().equals("webp"))
                .reduce((a, b) -> a.width() >= b.width() ? a : b).orElseThrow();
        return new Set(dir, widest.width(), widest.height(), renditions);
    }
}
