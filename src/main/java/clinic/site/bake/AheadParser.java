package clinic.site.bake;

import static clinic.site.content.ContentFolder.ASCIIDOC_EXTENSIONS;
import static clinic.site.content.ContentFolder.isAsciiDoc;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.content.ContentFolder;

import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.ParserEngine;

/**
 * JBake's AsciiDoc engine, run ahead on every core. JBake converts one file at a time through one Asciidoctor
 * (at 1,000 articles, 16 s on one of two cores). Before the crawl, runAhead hands every AsciiDoc page under content/
 * to a pool that parses it with JBake's own engine; the crawler still asks for one file at a time, in its own
 * order, and gets exactly what that engine made of it (an exception included). A file not run ahead is parsed
 * when asked, as before. AsciidoctorJ converts on one instance from several threads (asciidoctorj#1158, fixed in
 * 2.5.x); the first file is converted alone, so that JRuby has loaded Asciidoctor before the threads share it,
 * and meanwhile JBake starts its database on the main thread.
 */
public final class AheadParser implements ParserEngine {
    private static AheadParser installed;
    private static final ExecutorService POOL = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(), task -> {
                Thread t = new Thread(task, "asciidoc-ahead");
                t.setDaemon(true);
                return t;
            });

    private final ParserEngine stock;
    private final Map<File, CompletableFuture<DocumentModel>> ahead = new ConcurrentHashMap<>();

    private AheadParser(ParserEngine stock) {
        this.stock = stock;
    }

    /** Starts parsing every AsciiDoc page JBake will crawl under `content`, and stands in for JBake's engine. */
    static void runAhead(JBakeConfiguration config, Path content) {
        if (installed == null) {
            installed = new AheadParser(Engines.get(ASCIIDOC_EXTENSIONS.get(0)));
            ASCIIDOC_EXTENSIONS.forEach(ext -> Engines.register(ext, installed));
        }
        installed.ahead.clear();
        // The AsciiDoc files JBake's crawler reads: not hidden, not in a folder holding a .jbakeignore.
        List<File> files = ContentFolder.files(content.getParent()).stream()
                .filter(f -> isAsciiDoc(f.getFileName().toString()) && !f.getFileName().toString().startsWith("."))
                .map(Path::toFile).toList();
        if (files.isEmpty()) {
            return;
        }
        CompletableFuture<DocumentModel> first = CompletableFuture.supplyAsync(
                () -> installed.convert(config, files.get(0)), POOL);
        installed.ahead.put(files.get(0), first);
        for (File file : files.subList(1, files.size())) {
            installed.ahead.put(file, first.handle((done, failed) -> null)
                    .thenApplyAsync(ignored -> installed.convert(config, file), POOL));
        }
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
            return convert(config, file);
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

    /** JBake's conversion of one file, with what Asciidoctor logs meanwhile kept as that file's log. */
    private DocumentModel convert(JBakeConfiguration config, File file) {
        return AsciidocLog.converting(file.toPath(), () -> stock.parse(config, file));
    }

    @Override
    @SuppressWarnings("deprecation") // JBake's interface still declares it; the crawler never calls it
    public Map<String, Object> parse(org.apache.commons.configuration2.Configuration config, File file,
            String contentPath) {
        return stock.parse(config, file, contentPath); // JBake's older entry point, unused by the crawler
    }
}
