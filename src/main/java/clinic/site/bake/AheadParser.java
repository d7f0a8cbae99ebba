package clinic.site.bake;

import static clinic.site.content.ContentFolder.ASCIIDOC_EXTENSIONS;
import static clinic.site.content.ContentFolder.isAsciiDoc;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.asciidoc.Captions;
import clinic.site.asciidoc.ContentIncludes;
import clinic.site.asciidoc.PageLanguage;
import clinic.site.content.ClinicFacts;
import clinic.site.content.ContentFolder;
import clinic.site.model.Messages;
import clinic.site.protocol.ClinicProtocol;

import org.asciidoctor.Asciidoctor;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.AsciidoctorEngine;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;

/**
 * JBake's AsciiDoc engine, run ahead on every core. JBake converts one file at a time through one Asciidoctor
 * (at 1,000 articles, 16 s on one of two cores). Before the crawl, runAhead takes each AsciiDoc page under content/
 * from the ConversionCache when its kept conversion is still valid, and hands the others to a pool that parses them
 * with JBake's own engine; the crawler still asks for one file at a time, in its own order, and gets exactly what
 * that engine made of it (an exception included). A file not run ahead is parsed when asked, as before. AsciidoctorJ
 * converts on one instance from several threads (asciidoctorj#1158, fixed in 2.5.x); the first file is converted
 * alone, so that JRuby has loaded Asciidoctor before the threads share it.
 */
public final class AheadParser implements ParserEngine {
    private static AheadParser installed;
    private static final ExecutorService POOL = EveryCore.pool("asciidoc-ahead");

    private final ParserEngine stock;
    private final Map<File, CompletableFuture<DocumentModel>> ahead = new ConcurrentHashMap<>();
    /** A conversion that only loads JRuby and Asciidoctor; parses wait for it, so the first load is never shared. */
    private CompletableFuture<?> warming = CompletableFuture.completedFuture(null);

    private AheadParser(ParserEngine stock) {
        this.stock = stock;
    }

    /**
     * Makes JBake's Asciidoctor now, on the pool, at the very start of a bake that will convert every page (a first
     * build, or one after `mvn clean`: no conversion of this project is kept). Loading JRuby and Asciidoctor is the
     * longest single step of such a bake (about 2.7 s of one core, five sixths of it loading and compiling classes),
     * and it needs nothing from the project; started here, it runs while JBake's configuration is read and every
     * source is checked, about 0.6 s sooner than startEarly could start it. It starts before JBake's engines are
     * loaded (about 0.15 s of class loading, installed()), which then run beside it.
     *
     * JBake's engine makes its Asciidoctor on its first parse and keeps it in a private field; this sets that field
     * ahead of it, with what JBake itself would make (Asciidoctor.Factory.create(), as JBake does without the gem path
     * and requires options, which jbake.properties does not set: when it does, nothing is started here). If a later
     * JBake has no such field, its first parse makes the engine, as before (AheadParserIT checks that it is the one used).
     */
    public static void startEngine(Path project) {
        if (!startsEngine(project) || (installed != null && !installed.warming.isDone())) {
            return; // nothing to convert, or an engine is already being made
        }
        CompletableFuture<Asciidoctor> made = CompletableFuture.supplyAsync(Asciidoctor.Factory::create, POOL);
        AheadParser parser = installed();
        parser.warming = made.thenAccept(asciidoctor -> give(parser.stock, asciidoctor));
    }

    /**
     * Whether startEngine makes the engine for `project`: not when a conversion is kept (the bake may convert none),
     * nor when jbake.properties gives Asciidoctor a gem path or libraries to require, which JBake makes it with.
     */
    static boolean startsEngine(Path project) {
        if (Files.isDirectory(project.resolve(ConversionCache.FOLDER))) {
            return false;
        }
        Properties settings;
        try {
            settings = ClinicFacts.settings(project);
        } catch (IOException e) {
            return false; // the bake reports a missing or unreadable file; nothing is started ahead of it
        }
        return settings.stringPropertyNames().stream()
                .noneMatch(key -> key.equals("asciidoctor.option.requires") || key.equals("asciidoctor.option.gemPath"));
    }

    /**
     * Gives `stock` the Asciidoctor `made` as JBake's first parse would make it, and answers whether it took it: not
     * when `stock` is not JBake's AsciiDoc engine, already has one, or (a later JBake) keeps it elsewhere; then `made`
     * is closed, and JBake's first parse makes its own.
     */
    static boolean give(ParserEngine stock, Asciidoctor made) {
        try {
            Field engine = engineField();
            if (stock instanceof AsciidoctorEngine && engine.get(stock) == null) {
                engine.set(stock, made);
                return true;
            }
        } catch (ReflectiveOperationException e) {
            // a later JBake: its first parse makes the engine
        }
        made.close();
        return false;
    }

    /** The Asciidoctor JBake's AsciiDoc engine `stock` has made (or been given), or null. */
    static Asciidoctor engineOf(ParserEngine stock) throws ReflectiveOperationException {
        return (Asciidoctor) engineField().get(stock);
    }

    /** Where JBake's AsciiDoc engine keeps the Asciidoctor it makes on its first parse (JBake 2.7). */
    private static Field engineField() throws NoSuchFieldException {
        Field engine = AsciidoctorEngine.class.getDeclaredField("engine");
        engine.setAccessible(true);
        return engine;
    }

    /**
     * Converts the first page, on the pool, once JBake's configuration exists, when every page will be converted (as
     * startEngine); the conversions of runAhead start after it, so that JRuby's first load of Asciidoctor's files is
     * never shared between threads. Its result is dropped, as the preview's warm-up does.
     */
    static void startEarly(JBakeConfiguration config, Path project) {
        if (Files.isDirectory(project.resolve(ConversionCache.FOLDER))) {
            return;
        }
        AheadParser parser = installed();
        asciidocPages(project).stream().findFirst().ifPresent(first -> parser.warming = parser.warming
                .handle((done, failed) -> null) // a failed start is reported by the parse that meets it again
                .thenRunAsync(() -> parser.stock.parse(config, first), POOL));
    }

    /** The AsciiDoc files JBake's crawler reads: not hidden, not in a folder holding a .jbakeignore. */
    private static List<File> asciidocPages(Path project) {
        return ContentFolder.files(project).stream()
                .filter(f -> isAsciiDoc(f.getFileName().toString()) && !f.getFileName().toString().startsWith("."))
                .map(Path::toFile).toList();
    }

    private static AheadParser installed() {
        if (installed == null) {
            installed = new AheadParser(Engines.get(ASCIIDOC_EXTENSIONS.get(0)));
            ASCIIDOC_EXTENSIONS.forEach(ext -> Engines.register(ext, installed));
        }
        return installed;
    }

    /**
     * Starts parsing every AsciiDoc page JBake will crawl under `content`, and stands in for JBake's engine. A page
     * kept in the ConversionCache with all its inputs unchanged is not converted again; when every page is kept,
     * JRuby is never started, unless `warm` (a preview, whose next save will need it): then one page is converted in
     * the background and its result dropped. Returns a line saying how many pages were converted and how many kept.
     */
    static String runAhead(JBakeConfiguration config, Path content, boolean warm) {
        installed().ahead.clear();
        List<File> files = asciidocPages(content.getParent());
        ConversionCache cache = ConversionCache.of(content.getParent(), config);
        // Kept conversions are read on every core (Java deserialization: at 1,000 articles, seconds on one core).
        List<DocumentModel> keptDocs = cache == null ? null : files.parallelStream().map(cache::get).toList();
        CompletableFuture<DocumentModel> first = null;
        int kept = 0;
        for (int i = 0; i < files.size(); i++) {
            File file = files.get(i);
            DocumentModel known = keptDocs == null ? null : keptDocs.get(i); // null: none kept, or stale
            if (known != null) {
                installed.ahead.put(file, CompletableFuture.completedFuture(known));
                kept++;
            } else if (first == null) {
                first = installed.warming.handle((done, failed) -> null) // a previous bake's warm-up, if any
                        .thenApplyAsync(ignored -> installed.convert(config, file, cache), POOL);
                installed.ahead.put(file, first);
            } else {
                installed.ahead.put(file, first.handle((done, failed) -> null)
                        .thenApplyAsync(ignored -> installed.convert(config, file, cache), POOL));
            }
        }
        if (first == null && warm && !files.isEmpty()) {
            installed.warming = CompletableFuture.runAsync(() -> installed.stock.parse(config, files.get(0)), POOL);
        }
        return String.format("Site: AsciiDoc: %d page(s) converted, %d kept from %s", files.size() - kept, kept,
                ConversionCache.FOLDER);
    }

    /**
     * JBake's own conversion of one file, with what Asciidoctor logs meanwhile kept as that file's log (AsciidocLog),
     * kept in `cache` (if any) with the files its includes looked for. A page whose conversion logged a warning or an
     * error (an undefined attribute, a mistake in a figure's data) is never kept: its problems are found again on
     * every bake.
     */
    private DocumentModel convert(JBakeConfiguration config, File file, ConversionCache cache) {
        Set<Path> includes = new HashSet<>();
        Language language = otherLanguages.get(file.toPath().toAbsolutePath().normalize().toString());
        DocumentModel model = AsciidocLog.converting(file.toPath(), () -> PageLanguage.converting(
                language == null ? null : language.tag(), language == null ? Map.of() : language.attributes(),
                () -> ContentIncludes.recording(includes, () -> stock.parse(config, file))));
        // Kept only without a warning or error (what LogRules makes a problem of); Asciidoctor's notes below WARN
        // (the synthetic articles of the benchmark get some) do not stop a page being kept.
        boolean warned = AsciidocLog.of(file.toPath()).stream().anyMatch(AsciidocLog.Entry::warns);
        if (model != null && cache != null && !warned) {
            cache.put(file, model, includes);
        }
        return model;
    }

    /** A language other than the site's and a page's attributes in it (PageLanguage). */
    private record Language(String tag, Map<String, String> attributes) {
    }

    /** The pages in another language than the site's, by absolute path (JBake's name of a file), with their language. */
    private static volatile Map<String, Language> otherLanguages = Map.of();

    /**
     * Tells the conversions of this bake which pages are in another language than the site's: `tags` by absolute path,
     * from the pages' `lang` fields as the validation read them (so no conversion reads its file again for it). Each
     * language's attributes are worked out once here: Asciidoctor's captions in its words (Captions) and the protocol
     * values it has words for, the others taken off (ClinicProtocol.attributesIn). A language without a messages file
     * keeps the site's captions: the header rules refuse its pages, naming the file.
     */
    static void otherLanguages(Path project, Map<String, String> tags) {
        Map<String, Language> byTag = new HashMap<>();
        Map<String, Language> byFile = new HashMap<>();
        tags.forEach((file, tag) -> byFile.put(file,
                byTag.computeIfAbsent(tag, t -> new Language(t, attributesIn(project, t)))));
        otherLanguages = Map.copyOf(byFile);
    }

    private static Map<String, String> attributesIn(Path project, String tag) {
        Messages words;
        try {
            words = Messages.of(project, tag);
        } catch (RuntimeException e) {
            words = null; // no such file: reported by the validation, not here
        }
        Map<String, String> attributes = new HashMap<>(ClinicProtocol.load(project).attributesIn(tag, words));
        try {
            // Soft-set values end in "@" (Captions); on the document, the page's own words replace the site's.
            if (words != null) {
                Captions.of(words).forEach((name, value) ->
                        attributes.put(name.toString(), value.toString().replaceAll("@$", "")));
            }
        } catch (RuntimeException e) {
            // a caption missing from the file: reported by the validation, not here
        }
        return attributes;
    }

    /** Drops what was parsed ahead but not asked for: nothing is kept from one bake to the next. */
    static void forgetUnasked() {
        if (installed != null) {
            installed.ahead.clear();
        }
    }

    @Override
    public DocumentModel parse(JBakeConfiguration config, File file) {
        CompletableFuture<DocumentModel> result = ahead.remove(file);
        if (result == null) {
            warming.handle((done, failed) -> null).join(); // its failure, if any, is this parse's to report
            return convert(config, file, null);
        }
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    @Override
    @SuppressWarnings("deprecation") // JBake's interface still declares it; the crawler never calls it
    public Map<String, Object> parse(org.apache.commons.configuration2.Configuration config, File file,
            String contentPath) {
        return stock.parse(config, file, contentPath); // JBake's older entry point, unused by the crawler
    }
}
