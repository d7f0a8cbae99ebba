package clinic.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.logging.LogManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import clinic.site.bake.AheadParser;
import clinic.site.bake.Bake;
import clinic.site.bake.SiteStore;
import clinic.site.ci.GithubAnnotations;
import clinic.site.output.Finish;
import clinic.site.output.NewPageUrls;
import clinic.site.pdf.ReferralPdf;
import clinic.site.preview.Preview;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import freemarker.template.Configuration;
import freemarker.template.Template;

/**
 * The site's commands, run by Maven (pom.xml, execution bake) and ./preview:
 *
 *   bake PROJECT OUT BASE-URL MODE   the public build: one bake into OUT; on any problem (clinic.site.validation) it
 *                                     prints one line per problem, then NOT_BUILT, and exits 1; else it finishes OUT
 *                                     for publishing and prints the referral form PDF from the finished form page
 *   preview [PROJECT]                 the editors' preview (clinic.site.preview.Preview)
 *   finish PROJECT SITE BASE-URL      the public build's last step alone (bake runs it), on a site baked from PROJECT
 */
public final class Site {

    private Site() {
    }

    /** The last line of a refused bake. */
    public static final String NOT_BUILT = "The site was not built: fix the lines above, then build again.";

    public static void main(String[] args) throws Exception {
        if (args.length == 5 && args[0].equals("bake")) {
            Path project = Path.of(args[1]).toAbsolutePath().normalize();
            AheadParser.startEngine(project); // first of all: the longest step of a first build
            quietEngines();
            Path out = Path.of(args[2]).toAbsolutePath();
            long start = System.nanoTime();
            SiteStore store = new SiteStore();
            store.oneBakeOnly();
            if (ReferralPdf.hasFormPage(project) && !ReferralPdf.anyKept(project)) { // else no PDF, or most likely a copy
                warmPdfEngine();
            }
            Bake.Baked baked;
            try {
                baked = Bake.bake(project, out, args[3], args[4], store, new Properties());
            } catch (RuntimeException e) {
                // A failure inside JBake that no rule foresaw (data files that do not parse, or hold nothing, are
                // refused before JBake reads them: DataFiles): one line, and a clean exit, never a stack trace or a
                // JVM kept alive by the engine's threads.
                System.err.println("The bake stopped inside JBake: " + e + ". Check the file you changed last.");
                System.err.println(NOT_BUILT);
                System.exit(1);
                return;
            }
            List<String> problems = new ArrayList<>(baked.problems());
            store.forget();
            if (problems.isEmpty()) {
                // Never on a CI server's checkout: there a page missing from the list stops the build instead.
                NewPageUrls.Kept urls;
                try {
                    urls = NewPageUrls.keep(project, out, args[3], "true".equals(System.getenv("CI")));
                } catch (IOException e) {
                    urls = new NewPageUrls.Kept(List.of(), List.of(NewPageUrls.FILE + ": cannot be updated (" + e.getMessage()
                            + "). Check that the file and the data folder can be written."));
                }
                problems.addAll(urls.problems());
                if (urls.problems().isEmpty() && !urls.added().isEmpty()) {
                    System.out.println(NewPageUrls.told(urls.added()));
                }
            }
            if (!problems.isEmpty()) {
                refuse(problems);
            }
            Finish.finish(project, out, args[3], project.resolve("target/build-cache/fingerprint"));
            try { // printed from the finished form page, so that it is the page the public site serves
                System.out.println(ReferralPdf.referralPdf(project, out));
            } catch (RuntimeException | IOException e) {
                refuse(List.of(pdfProblem(e)));
            }
            System.out.println(baked.phases()); // for scripts/benchmark; the preview does not show it to editors
            System.out.printf("Site: baked %s in %.1f s%n", args[2], (System.nanoTime() - start) / 1e9);
            System.exit(0); // the engines may leave non-daemon threads behind
        } else if (args.length == 4 && args[0].equals("finish")) {
            quietEngines();
            Finish.finish(Path.of(args[1]).toAbsolutePath().normalize(), Path.of(args[2]), args[3]);
        } else if (args.length <= 2 && (args.length == 0 || args[0].equals("preview"))) {
            Path project = Path.of(args.length == 2 ? args[1] : ".").toAbsolutePath().normalize();
            AheadParser.startEngine(project);
            quietEngines();
            Preview.run(project);
        } else {
            System.err.println("usage: clinic.site.Site bake PROJECT OUT BASE-URL MODE | preview [PROJECT]"
                    + " | finish PROJECT SITE BASE-URL");
            System.exit(2);
        }
    }

    /**
     * Loads the PDF engine (openhtmltopdf, PDFBox, the font) on a thread of its own, a one-line document drawn to
     * nowhere, while the bake runs on the other core: the referral PDF, printed at the end, then starts warm (its 1.4 s
     * of CPU on the bake's path down to about 0.4 s). Only loaded classes are left behind, and the referral PDF is
     * byte-identical with and without it. A failure here is left to the real print, which reports it. Not run when a
     * printed PDF is kept (ReferralPdf.KEPT): then the print is most likely a copy, and the second core is left to
     * the AsciiDoc conversions; nor for a site without the form page (the tests' small fixture sites), which prints no
     * PDF at all: 1.4 s of CPU for nothing. Then the same thread loads what writing the pages needs first (JSON and
     * FreeMarker): "writing pages" took 0.3 to 0.4 s instead of 0.5 to 0.6 s, four first builds each
     * (docs/benchmark.md).
     */
    private static void warmPdfEngine() {
        Thread warm = new Thread(() -> {
            try {
                XRLog.setLoggingEnabled(false);
                new PdfRendererBuilder()
                        .usePdfUaAccessibility(true)
                        .withHtmlContent("<html lang=\"en\"><head><title>-</title><style>body { font-family: 'DejaVu Sans' }"
                                + "</style></head><body><h1>-</h1><table><tr><th>-</th><td>\u2610</td></tr></table></body></html>",
                                null)
                        .useFont(() -> Site.class.getResourceAsStream("/fonts/DejaVuSans.ttf"), "DejaVu Sans", 400,
                                FontStyle.NORMAL, true)
                        .toStream(OutputStream.nullOutputStream())
                        .run();
                // Then, while JRuby still starts on the other thread: what writing the pages loads first, JSON (the
                // structured data, the search index) and FreeMarker's template engine.
                new ObjectMapper().writeValueAsBytes(Map.of("@type", "-", "about", List.of(Map.of("name", "-"))));
                new Template("warm-up", "<#list xs as x>${x?html}<#if x?has_content>-</#if></#list>",
                        new Configuration(Configuration.VERSION_2_3_34))
                        .process(Map.of("xs", List.of("-")), Writer.nullWriter());
            } catch (Exception | LinkageError e) {
                // nothing to do: only a warm-up
            }
        }, "pdf-warm-up");
        warm.setDaemon(true);
        warm.start();
    }

    /**
     * Ends a refused bake: one line per problem, "file:line: message", which editors and terminals open at that line;
     * then one line that says what happened. Nothing else: no stack trace (the exit code fails the build).
     */
    static void refuse(List<String> problems) {
        problems.forEach(System.err::println);
        GithubAnnotations.report(problems, System.getenv()); // in a GitHub workflow: annotations and summary
        System.err.println(NOT_BUILT);
        System.exit(1);
    }

    /** The line for a referral PDF that could not be drawn, in the form of every other problem. */
    static String pdfProblem(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        String why = cause instanceof NoSuchFileException missing ? "no such file or folder: " + missing.getFile()
                : String.valueOf(cause.getMessage());
        return ReferralPdf.PAGE + ": the referral form PDF could not be printed from this page (" + why + ").";
    }

    /**
     * The engines' own logging, errors only (src/main/resources: logback.xml for JBake, logging.properties for
     * java.util.logging, none for FreeMarker): the bake and the preview print what an editor needs.
     */
    static void quietEngines() throws IOException {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        try (InputStream config = Site.class.getResourceAsStream("/logging.properties")) {
            LogManager.getLogManager().readConfiguration(config);
        }
    }
}
