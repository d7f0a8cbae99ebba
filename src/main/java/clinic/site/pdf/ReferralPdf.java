package clinic.site.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import clinic.site.content.ClinicFacts;
import clinic.site.files.FileTree;
import clinic.site.model.Messages;
import clinic.site.output.FormPrint;

/**
 * The referral form as an accessible PDF, printed from the baked form page: the same HTML and print stylesheet a
 * browser prints, laid out by openhtmltopdf as tagged PDF (PDF/UA-1) with an embedded open font, so the web page, the
 * printed page and the PDF cannot drift (docs/decisions/0021-referral-pdf-from-the-page.md).
 */
public final class ReferralPdf {

    /** The form page in the baked site, and its PDF beside it. */
    public static final String PAGE = "physicians/referral-form/index.html";
    public static final String PDF = "physicians/referral-form/referral-form.pdf";

    /** Sheet sizes: the PDF is Letter (a US clinic); the tests also lay it out on A4 to prove it fits both. */
    public enum Paper {
        LETTER(215.9f, 279.4f), A4(210f, 297f);

        final float widthMm;
        final float heightMm;

        Paper(float widthMm, float heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    private ReferralPdf() {
    }

    /** Where printed PDFs are kept, by the hash of everything they were printed from (see referralPdf). */
    public static final String KEPT = "target/build-cache/pdf";
    private static final int KEPT_COUNT = 4;

    /**
     * Writes SITE/physicians/referral-form/referral-form.pdf from the baked form page beside it and the clinic facts in
     * PROJECT/jbake.properties, in one atomic replace (the preview serves SITE while it prints); a site without the form
     * page (a fixture) gets no PDF. A PDF printed before from the same inputs is copied from PROJECT/target/build-cache/pdf
     * instead of printed again: the inputs are the page's bytes, every file of the site it links as a stylesheet or
     * loads (src), the clinic facts, and the code (FileTree.hashClasspath: this class, its stylesheet and fonts, the
     * PDF libraries), so the copy is the PDF a print would give (the PDF is reproducible). Returns what it did, for the
     * build's log.
     */
    public static String referralPdf(Path project, Path site) throws IOException {
        if (!Files.isRegularFile(site.resolve(PAGE))) {
            return "Site: no referral form page (" + PAGE + "), so no referral form PDF";
        }
        long start = System.nanoTime();
        Path pdf = site.resolve(PDF);
        Properties facts = ClinicFacts.settings(project); // clinic.name, clinic.fax, clinic.email
        Messages messages = Messages.ofSite(project); // the running lines' words
        Path kept = project.resolve(KEPT).resolve(key(site, facts, messages) + ".pdf");
        if (Files.isRegularFile(kept)) {
            Files.setLastModifiedTime(kept, FileTime.fromMillis(System.currentTimeMillis())); // used last: kept longest
            replace(pdf, Files.readAllBytes(kept));
            return "Site: referral form PDF kept from " + KEPT + " (its page, stylesheet, facts and words are unchanged)";
        }
        byte[] drawn = draw(site, facts, messages, Paper.LETTER);
        replace(pdf, drawn);
        try {
            Files.createDirectories(kept.getParent());
            replace(kept, drawn);
            forgetOld(kept.getParent());
        } catch (IOException e) {
            // a cache that cannot be written: the next build prints the PDF again
        }
        return String.format("Site: referral form PDF printed from %s in %.1f s", PAGE, (System.nanoTime() - start) / 1e9);
    }

    /** True when the project has a source for the form page (content/physicians/referral-form/): a PDF to print. */
    public static boolean hasFormPage(Path project) {
        return Files.isDirectory(project.resolve("content").resolve(PAGE).getParent());
    }

    /** True when a printed PDF is kept: the next print is likely a copy, so the PDF engine need not be warmed up. */
    public static boolean anyKept(Path project) {
        try (Stream<Path> files = Files.list(project.resolve(KEPT))) {
            return files.anyMatch(f -> f.toString().endsWith(".pdf"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The hash of everything the PDF of SITE's form page is printed from. */
    static String key(Path site, Properties facts, Messages messages) throws IOException {
        MessageDigest digest = FileTree.sha256();
        FileTree.update(digest, "referral pdf 1 " + Paper.LETTER);
        byte[] page = Files.readAllBytes(site.resolve(PAGE));
        digest.update(page);
        Document html = Jsoup.parse(new String(page, StandardCharsets.UTF_8));
        for (Element used : html.select("link[rel=stylesheet][href], [src]")) {
            String ref = used.hasAttr("src") ? used.attr("src") : used.attr("href");
            Path file = ref.startsWith("/") ? site.resolve(ref.substring(1)).normalize() : null;
            FileTree.update(digest, ref);
            if (file != null && file.startsWith(site) && Files.isRegularFile(file)) {
                digest.update(Files.readAllBytes(file));
            }
        }
        new TreeMap<>(facts).forEach((k, v) -> FileTree.update(digest, k + "=" + v));
        messages.all().forEach((k, v) -> FileTree.update(digest, "message " + k + "=" + v));
        FileTree.hashClasspath(digest);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void replace(Path file, byte[] bytes) throws IOException {
        Path partial = Files.write(file.resolveSibling(file.getFileName() + ".part"), bytes);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Deletes all but the PDFs used last. */
    private static void forgetOld(Path dir) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(dir)) {
            pdfs = new ArrayList<>(files.filter(f -> f.toString().endsWith(".pdf")).toList());
        }
        pdfs.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).reversed());
        for (Path old : pdfs.subList(Math.min(KEPT_COUNT, pdfs.size()), pdfs.size())) {
            Files.deleteIfExists(old);
        }
    }

    /**
     * The PDF of SITE's form page on PAPER, with the fax and secure email of FACTS on every page, in the words of
     * MESSAGES (the site's messages file: the running lines).
     */
    public static byte[] draw(Path site, Properties facts, Messages messages, Paper paper) throws IOException {
        Path page = site.resolve(PAGE);
        Document html = forPaper(Jsoup.parse(page.toFile(), "UTF-8"), site, facts, messages);
        XRLog.setLoggingEnabled(false); // CSS it does not know (var(), grid) is expected: print.css is for browsers
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePdfUaAccessibility(true)
                .useDefaultPageSize(paper.widthMm, paper.heightMm, PageSizeUnits.MM)
                .withProducer("clinic.site.pdf.ReferralPdf (openhtmltopdf)")
                .withW3cDocument(new W3CDom().fromJsoup(html), page.toUri().toString())
                // Nothing is fetched from the network while building: the page's stylesheet is a local file.
                .useHttpStreamImplementation(uri -> {
                    throw new IllegalStateException("the referral PDF must not fetch " + uri);
                })
                .toStream(out);
        font(builder, "DejaVuSans.ttf", 400);
        font(builder, "DejaVuSans-Bold.ttf", 700);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument pdf = renderer.getPdfDocument();
            describeLinks(pdf, html);
            reproducible(pdf, Files.readAllBytes(page));
            ByteArrayOutputStream saved = new ByteArrayOutputStream();
            pdf.save(saved);
            return saved.toByteArray();
        }
    }

    /**
     * The form page made ready for paper, on jsoup's DOM: public links, the site's stylesheet from the baked site plus
     * referral-pdf.css, the PDF's running frame and bookmarks, and what a CSS 2.1 renderer cannot do by itself.
     */
    private static Document forPaper(Document html, Path site, Properties facts, Messages messages) throws IOException {
        // Links in the PDF point at the public site, not at files on the build machine.
        Element canonical = html.selectFirst("link[rel=canonical]");
        if (canonical == null) {
            throw new IllegalStateException(PAGE + " has no <link rel=canonical>: the PDF's links "
                    + "need the page's public address (templates/lib/layout.ftl writes it)");
        }
        html.setBaseUri(canonical.attr("href"));
        for (Element a : html.select("a[href]")) {
            a.attr("href", a.absUrl("href"));
            // PDF/UA: a link says what it is. openhtmltopdf tags it with its title; the annotation gets the same.
            if (a.attr("title").isEmpty()) {
                a.attr("title", a.text());
            }
        }
        // The site's own stylesheets (site.css, and print.css for media="print"), read from the baked site; then the
        // PDF's additions.
        for (Element css : html.select("link[rel=stylesheet]")) {
            Path file = site.resolve(css.attr("href").replaceFirst("^/", ""));
            css.attr("href", file.toUri().toString());
        }
        html.head().appendElement("style").appendChild(new DataNode(resource("referral-pdf.css")
                + "@page { @bottom-right { content: " + FormPrint.pageNumbers(messages)
                + "; vertical-align: top; font-family: \"DejaVu Sans\"; font-size: 8pt; } }\n"));
        // Asciidoctor lays an admonition out as a one-row table; openhtmltopdf tags by element name, so in the PDF it
        // becomes what it is: a block with its title ("Warning") and its text, not a data table.
        html.select(".admonitionblock table, .admonitionblock tbody, .admonitionblock tr, .admonitionblock td")
                .tagName("div");
        // print.css hides the references with :has(), which openhtmltopdf's CSS 2.1 parser skips.
        html.select(".app-article--form .sect1:has(.bibliography)").remove();
        // The document's subject (PDF/UA asks for a description) is the page's own description.
        Element description = html.selectFirst("meta[name=description]");
        if (description != null) {
            html.head().appendElement("meta").attr("name", "subject").attr("content", description.attr("content"));
        }
        addRunningElements(html, facts, messages);
        addBookmarks(html);
        return html;
    }

    /**
     * The frame repeated on every page, as running elements (referral-pdf.css places them in the page margins): the
     * patient's name and date-of-birth lines at the head, and at the foot where the form goes (the clinic's fax and
     * secure email from configuration).
     */
    private static void addRunningElements(Document html, Properties facts, Messages messages) {
        for (String key : new String[] {"clinic.name", "clinic.fax", "clinic.email"}) {
            if (facts.getProperty(key, "").isBlank()) {
                throw new IllegalStateException("jbake.properties has no " + key + ": the referral PDF prints it on "
                        + "every page. Add the line " + key + "=... (see docs/editor-guide.md)");
            }
        }
        // Lines to write on, drawn as underscores: openhtmltopdf paints a border in a running element on page 1 only.
        html.body().prependElement("div").addClass("pdf-running-head")
                .text(messages.plain("referral_pdf.patient_name", Map.of()) + " " + "_".repeat(44) + "     "
                        + messages.plain("referral_pdf.date_of_birth", Map.of()) + " " + "_".repeat(26));
        html.body().prependElement("div").addClass("pdf-running-foot")
                .text(messages.plain("referral_pdf.send_to", Map.of("clinic", facts.getProperty("clinic.name"),
                        "fax", facts.getProperty("clinic.fax"), "email", facts.getProperty("clinic.email"))));
    }

    /** The PDF's bookmarks: the title and each section of the form, as openhtmltopdf reads them from <head>. */
    private static void addBookmarks(Document html) {
        Element bookmarks = html.head().appendElement("bookmarks");
        for (Element heading : html.select(".app-article__title, .app-prose h2[id]")) {
            if (heading.id().isEmpty()) {
                heading.id("pdf-title");
            }
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }

    /** Each link annotation's Contents (PDF/UA 7.18.5): the words of its link on the page. */
    private static void describeLinks(PDDocument pdf, Document html) throws IOException {
        Map<String, String> linkWords = new HashMap<>();
        for (Element a : html.select("a[href]")) {
            linkWords.putIfAbsent(a.attr("href"), a.attr("title"));
        }
        for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                    link.setContents(linkWords.getOrDefault(uri.getURI(), uri.getURI()));
                }
            }
        }
    }

    /**
     * Same sources, same bytes: no creation time, and a document id derived from the page instead of the clock
     * (PDFBox would otherwise hash the time into it).
     */
    private static void reproducible(PDDocument pdf, byte[] page) throws IOException {
        pdf.getDocumentInformation().setCreationDate(null);
        // openhtmltopdf writes the XMP metadata with whichever XML library is on the classpath (Saxon or the JDK's
        // own), each indenting its own way: written again by the JDK's own, it is the same wherever the PDF is made.
        PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
        try (InputStream in = metadata.exportXMPMetadata()) {
            DocumentBuilderFactory parser = DocumentBuilderFactory.newDefaultInstance();
            parser.setNamespaceAware(true);
            org.w3c.dom.Document xmp = parser.newDocumentBuilder().parse(in);
            dropIndentation(xmp.getDocumentElement());
            Transformer writer = TransformerFactory.newDefaultInstance().newTransformer();
            writer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            writer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            writer.transform(new DOMSource(xmp), new StreamResult(bytes));
            metadata.importXMPMetadata(bytes.toByteArray());
        } catch (ParserConfigurationException | SAXException | TransformerException e) {
            throw new IOException("the PDF's XMP metadata could not be rewritten", e);
        }
        byte[] id = Arrays.copyOf(FileTree.sha256().digest(page), 16);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static void dropIndentation(org.w3c.dom.Node node) {
        for (org.w3c.dom.Node child = node.getFirstChild(); child != null; ) {
            org.w3c.dom.Node next = child.getNextSibling();
            if (child.getNodeType() == org.w3c.dom.Node.TEXT_NODE && child.getNodeValue().isBlank()) {
                node.removeChild(child);
            } else {
                dropIndentation(child);
            }
            child = next;
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight) {
        builder.useFont(() -> ReferralPdf.class.getResourceAsStream("/fonts/" + file), "DejaVu Sans", weight,
                FontStyle.NORMAL, true);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = ReferralPdf.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
