package clinic.site.pdf;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

import clinic.site.files.FileTree;

/** The referral form as a PDF (asciidoctorj-pdf), drawn beside the bake. */
public final class ReferralPdf {

    private ReferralPdf() {
    }

    /**
     * The referral form as a PDF, from src/pdf/referral-form.adoc (which includes the same form as the web page) and
     * the clinic facts in jbake.properties, into OUT/physicians/referral-form/: asciidoctorj-pdf on JBake's own
     * AsciidoctorJ, in its own JRuby runtime. Loading asciidoctor-pdf alone takes JRuby 5 to 6 s, so the PDF, which is
     * byte-for-byte the same for the same inputs (`reproducible`), is kept in target/build-cache under a hash of
     * everything it is made from (pdfInputsHash) and drawn again only when one of those changes.
     */
    public static void referralPdf(Path project, Path out) {
        try {
            Path dir = Files.createDirectories(out.resolve("physicians/referral-form"));
            Path pdf = dir.resolve("referral-form.pdf");
            Map<String, Object> attributes = pdfAttributes(project);
            Path cache = project.resolve("target/build-cache");
            Path cached = cache.resolve("referral-form-" + pdfInputsHash(project, attributes) + ".pdf");
            if (Files.isRegularFile(cached)) {
                Files.copy(cached, pdf, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("Site: referral form PDF unchanged, from " + project.relativize(cached));
                return;
            }
            try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
                asciidoctor.convertFile(project.resolve("src/pdf/referral-form.adoc").toFile(), Options.builder()
                        .backend("pdf").safe(SafeMode.UNSAFE).mkDirs(true)
                        .attributes(Attributes.builder().attributes(attributes).build())
                        .toDir(dir.toFile()).build());
            }
            System.out.println("Site: referral form PDF drawn");
            Files.createDirectories(cache);
            try (Stream<Path> old = Files.list(cache)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith("referral-form-")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Path partial = Files.createTempFile(cache, "referral-form", ".part");
            Files.copy(pdf, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE); // never a half-written file under the key
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's AsciiDoc attributes: its id style, `reproducible`, and the clinic facts from jbake.properties. */
    static Map<String, Object> pdfAttributes(Path project) throws IOException {
        Properties facts = new Properties();
        try (Reader reader = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.ISO_8859_1)) {
            facts.load(reader);
        }
        Map<String, Object> attributes = new TreeMap<>();
        // Section ids as on the web page ("patient-details"). No dates in the file: builds are reproducible.
        attributes.put("idprefix", "");
        attributes.put("idseparator", "-");
        attributes.put("reproducible", "true");
        for (String key : List.of("clinic_name", "clinic_fax", "clinic_email", "clinic_physician_line",
                "clinic_phone")) {
            attributes.put(key, facts.getProperty(key.replaceFirst("_", ".")));
        }
        return attributes;
    }

    /**
     * SHA-256 (first 16 hex digits) of everything the referral PDF is made from: its attributes, the files under
     * src/pdf and content/_partials (names and bytes), this program (how it is drawn) and the classpath (the versions
     * of asciidoctorj-pdf and the fonts it embeds).
     */
    static String pdfInputsHash(Path project, Map<String, Object> attributes) throws IOException {
        MessageDigest sha = FileTree.sha256();
        sha.update(attributes.toString().getBytes(StandardCharsets.UTF_8));
        sha.update(System.getProperty("java.class.path").getBytes(StandardCharsets.UTF_8));
        List<Path> inputs = new ArrayList<>();
        for (String folder : List.of("src/pdf", "content/_partials")) {
            try (Stream<Path> s = Files.walk(project.resolve(folder))) {
                inputs.addAll(s.filter(Files::isRegularFile).sorted().toList());
            }
        }
        // How it is drawn: this class's compiled code.
        try (var code = ReferralPdf.class.getResourceAsStream("ReferralPdf.class")) {
            sha.update(code.readAllBytes());
        }
        for (Path input : inputs) {
            sha.update(project.relativize(input).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(input));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
