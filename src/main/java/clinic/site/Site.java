package clinic.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.logging.LogManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import clinic.site.bake.Bake;
import clinic.site.bake.SiteStore;
import clinic.site.output.Finish;
import clinic.site.output.PublishedUrls;
import clinic.site.pdf.ReferralPdf;
import clinic.site.preview.Preview;

/**
 * The site's commands, run by Maven (pom.xml, execution bake) and ./preview:
 *
 *   bake PROJECT OUT BASE-URL MODE   the public build: one bake into OUT, then the referral form PDF printed from
 *                                     the baked form page; on any page that cannot be published it prints the
 *                                     editor-facing messages and exits 1; else it finishes OUT for publishing
 *   preview [PROJECT]                 the editors' preview (clinic.site.preview.Preview)
 *   finish SITE BASE-URL              the public build's last step alone (bake runs it)
 */
public final class Site {

    private Site() {
    }

    public static void main(String[] args) throws Exception {
        quietEngines();
        // JBake's content store is an OrientDB database in memory, opened as admin/admin and gone at exit. OrientDB
        // hashes each default user's password with 65,536 rounds of PBKDF2: 0.7 s of every start for no protection.
        System.setProperty("security.userPasswordSaltIterations", "1");
        if (args.length == 5 && args[0].equals("bake")) {
            Path project = Path.of(args[1]).toAbsolutePath().normalize();
            Path out = Path.of(args[2]).toAbsolutePath();
            long start = System.nanoTime();
            SiteStore store = new SiteStore();
            Bake.Baked baked = Bake.bake(project, out, args[3], args[4], store, new Properties());
            List<String> problems = new ArrayList<>(baked.problems());
            store.forget();
            if (problems.isEmpty()) { // the PDF is printed from the baked form page
                try {
                    System.out.println(ReferralPdf.referralPdf(project, out));
                } catch (RuntimeException | IOException e) {
                    problems.add("The referral form PDF could not be printed from " + ReferralPdf.PAGE + ": " + e);
                }
            }
            if (problems.isEmpty()) {
                // Never on a CI server's checkout: there a page missing from the list stops the build instead.
                PublishedUrls.Kept urls = PublishedUrls.keep(project, out, args[3], "true".equals(System.getenv("CI")));
                problems.addAll(urls.problems());
                if (urls.problems().isEmpty() && !urls.added().isEmpty()) {
                    System.out.println("Added to " + PublishedUrls.FILE + " (every URL ever published): "
                            + String.join(", ", urls.added()) + ". Commit that file with your change.");
                }
            }
            if (!problems.isEmpty()) {
                System.err.println("\n*** The site was not built. Fix these pages and build again: ***");
                problems.forEach(System.err::println);
                System.exit(1);
            }
            Finish.finish(out, args[3]);
            System.out.println(baked.phases()); // for scripts/benchmark; the preview does not show it to editors
            System.out.printf("Site: baked %s in %.1f s%n", args[2], (System.nanoTime() - start) / 1e9);
        } else if (args.length == 3 && args[0].equals("finish")) {
            Finish.finish(Path.of(args[1]), args[2]);
        } else if (args.length <= 2 && (args.length == 0 || args[0].equals("preview"))) {
            Preview.run(Path.of(args.length == 2 ? args[1] : ".").toAbsolutePath().normalize());
        } else {
            System.err.println("usage: clinic.site.Site bake PROJECT OUT BASE-URL MODE | preview [PROJECT]"
                    + " | finish SITE BASE-URL");
            System.exit(2);
        }
    }

    /**
     * The engines' own logging, errors only (src/main/resources: logback.xml for JBake, logging.properties for
     * OrientDB's java.util.logging, none for FreeMarker): the bake and the preview print what an editor needs.
     */
    static void quietEngines() throws IOException {
        System.setProperty("org.freemarker.loggerLibrary", "none");
        try (InputStream config = Site.class.getResourceAsStream("/logging.properties")) {
            LogManager.getLogManager().readConfiguration(config);
        }
    }
}
