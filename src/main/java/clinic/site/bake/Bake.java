package clinic.site.bake;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import clinic.site.asciidoc.Captions;
import clinic.site.content.ContentFolder;
import clinic.site.content.ContentModel;
import clinic.site.content.Page;
import clinic.site.images.Photos;
import clinic.site.model.Messages;
import clinic.site.output.PrintColumns;
import clinic.site.output.RedirectRules;
import clinic.site.output.RobotsTxt;
import clinic.site.output.SearchIndex;
import clinic.site.output.Stylesheet;
import clinic.site.output.VendorScripts;
import clinic.site.protocol.ClinicProtocol;
import clinic.site.validation.DataFiles;
import clinic.site.validation.Problem;
import clinic.site.validation.ProductionRules;
import clinic.site.validation.Validation;

import org.apache.commons.configuration2.MapConfiguration;
import org.jbake.app.Crawler;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * One bake with JBake's engine (its Crawler, Renderer and rendering tools, and the project's templates) into a folder,
 * with the content store, the bake loop (SiteOven, JBake's Oven without OrientDB) and the AsciiDoc run-ahead of this
 * package. Used by the public build (clinic.site.Site bake) and the
 * preview (clinic.site.preview.Preview).
 */
public final class Bake {

    private Bake() {
    }

    /**
     * JBake settings that leave out the site-wide lists (home, feed, archive, sitemap, tags, 404), for a bake of some
     * pages only; like every setting bake() is given, they win over jbake.properties, which turns several of them on.
     */
    public static Properties listsOff() {
        Properties extra = new Properties();
        for (String list : List.of("index", "feed", "archive", "sitemap", "tags", "error404")) {
            extra.setProperty("render." + list, "false");
        }
        return extra;
    }

    /** One bake of `project` into `out`, converting only what `store` does not already hold. */
    public static Baked bake(Path project, Path out, String baseUrl, String mode, SiteStore store, Properties extra) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), out.toFile(), false);
        Properties props = new Properties();
        Messages siteWords;
        try {
            siteWords = Messages.ofSite(project);
            props.putAll(Captions.of(siteWords)); // Asciidoctor's own words, in the site's language
        } catch (RuntimeException e) { // no messages file, or no caption in it: the file and the line to add
            return new Baked(List.of(e.getMessage() + " (Asciidoctor's labels and captions too)."), "");
        }
        props.setProperty("site.baseurl", baseUrl);
        props.setProperty("site.mode", mode);
        props.putAll(extra);
        // Every data file parses before JBake loads them (its data folder): else the bake stops there, with Java's words.
        List<Problem> data = DataFiles.check(project);
        if (!data.isEmpty()) {
            return new Baked(data.stream().map(Problem::toString).toList(), "");
        }
        ClinicProtocol protocol = ClinicProtocol.load(project);
        if (!protocol.problems().isEmpty()) {
            return new Baked(protocol.problems(), "");
        }
        props.putAll(protocol.settings(project, siteWords));
        // What this bake is told wins over jbake.properties (JBake's addConfiguration would put it after the file,
        // whose render.feed, render.sitemap and render.error404 then beat listsOff).
        config.getCompositeConfiguration().addConfigurationFirst(new MapConfiguration(props));
        if (store.isNew()) { // once the configuration is whole: the conversions read it on other threads
            AheadParser.startEarly(config, project);
        }
        // Every rule over every file under content/, before JBake reads any; the bodies' rules after JBake has
        // converted them. A problem of either kind means nothing is rendered (RefusingRenderer); the pages are still
        // converted, so that one bake reports every problem, in the bodies too.
        ContentModel model = ContentModel.of(config, LocalDate.now(), Messages.languages(project));
        Validation validation = new Validation(project, model);
        List<Problem> found = new ArrayList<>(validation.checkSources());
        Map<String, Page> pages = new HashMap<>();
        Map<String, String> otherLanguages = new HashMap<>(); // pages whose lang is not the site's (decision 0046)
        for (Page page : validation.pages()) { // JBake names a document's file by its absolute path
            String file = project.resolve(page.source().path()).toAbsolutePath().normalize().toString();
            pages.put(file, page);
            String lang = page.source().value("lang");
            if (!lang.isEmpty() && !Messages.sameLanguage(lang, model.siteLanguage())) {
                otherLanguages.put(file, lang);
            }
        }
        store.pages(pages);
        AheadParser.otherLanguages(project, otherLanguages);
        if (mode.equals("production")) {
            found.addAll(ProductionRules.check(project, config.asHashMap(), protocol));
        }
        String converted = ""; // a first bake converts every file (or keeps it); a kept store only those that changed
        if (store.isNew()) {
            converted = AheadParser.runAhead(config, project.resolve("content"), !store.isOneBakeOnly()) + "\n";
        }
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        utensils.setContentStore(store);
        long[] crawl = new long[2]; // start and end of the crawl, for the timing line below
        // The converted bodies, gathered once after the crawl: their rules read them, and so does the print stylesheet.
        List<Map<String, String>> bodies = new ArrayList<>(1);
        utensils.setCrawler(new Crawler(store, config) {
            @Override
            public void crawl() {
                crawl[0] = System.nanoTime();
                super.crawl();
                AheadParser.forgetUnasked(); // a later bake must never get a file's text as it was in this one
                // The bodies are converted now and nothing is rendered yet: their rules run here.
                bodies.add(bodies(store));
                found.addAll(validation.checkBodies(bodies.get(0)));
                crawl[1] = System.nanoTime();
            }
        });
        utensils.setRenderer(new RefusingRenderer(store, config, () -> !found.isEmpty()));
        SiteOven oven = new SiteOven(utensils);
        long start = System.nanoTime();
        oven.bake();
        String phases = converted + String.format("Site: JBake %.1f s: start %.1f s, reading content %.1f s, writing pages %.1f s",
                (System.nanoTime() - start) / 1e9, (crawl[0] - start) / 1e9, (crawl[1] - crawl[0]) / 1e9,
                (System.nanoTime() - crawl[1]) / 1e9);
        if (!found.isEmpty()) {
            return new Baked(found.stream().sorted().map(Problem::toString).toList(), phases);
        }
        // The outputs that are not pages, written by code (clinic.site.output), not by templates of fake pages.
        List<String> outputProblems;
        try {
            outputProblems = new ArrayList<>(
                    Stylesheet.write(project, out, PrintColumns.classes(bodies.get(0).values())));
            RobotsTxt.write(out, baseUrl);
            VendorScripts.write(out);
            RedirectRules.write(out, validation.pages());
            if (store.writesSearchIndex()) {
                SearchIndex.write(project, out, store, store.searchEntries);
            }
        } catch (IOException e) {
            outputProblems = List.of(out + ": cannot be written (" + e.getMessage() + ").");
        }
        // Templates only lay out pages; every check ran above as a rule (clinic.site.validation), and no template
        // stops the bake (TemplateConventionsTest). An error here is the engine's own: shown whole.
        List<String> problems = new ArrayList<>();
        oven.getErrors().forEach(t -> problems.add(String.valueOf(t)));
        problems.addAll(outputProblems);
        problems.addAll(Photos.publish(project, out)); // JBake copied assets/ as it is: photos resized, originals out
        return new Baked(problems, phases);
    }

    /** Each converted page's body by its source file. */
    private static Map<String, String> bodies(SiteStore store) {
        Map<String, String> bodies = new HashMap<>();
        for (String type : DocumentTypes.getDocumentTypes()) {
            for (DocumentModel doc : store.getAllContent(type)) {
                if (doc.getFile() != null && ContentFolder.isAsciiDoc(doc.getFile()) && doc.getBody() != null) {
                    bodies.put(doc.getFile(), doc.getBody());
                }
            }
        }
        return bodies;
    }

    /**
     * What a bake reports: the lines an editor needs ("content/x/index.adoc:5: field ..."; empty when the site
     * baked), and how long JBake's phases took.
     */
    public record Baked(List<String> problems, String phases) {
    }
}
