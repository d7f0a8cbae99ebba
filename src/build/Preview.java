import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DocumentList;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;

/**
 * The editors' preview: bakes the site with the real JBake engine, serves it at http://localhost:8820/, and bakes
 * again after every saved change. Started by ./preview (docs/decisions/0009-own-preview-loop.md).
 *
 * Unlike `mvn jbake:inline`, a change saved while a bake runs is never lost (the tree is compared before and after
 * each bake), deleted files count as changes, each bake goes into a fresh folder that replaces the served one only
 * when complete, and drafts are shown at their normal address. JRuby and Asciidoctor stay warm between bakes.
 *
 * Speed (docs/decisions/0012-build-speed.md): converting AsciiDoc is the slow part, so the parsed documents are kept
 * between bakes (KeptStore) and only files whose content changed are converted again, by JBake's own check of each
 * file's hash. Every page is still rendered from the templates into a fresh folder, so lists, links and site-wide
 * checks on other pages never go stale. A change anywhere but an AsciiDoc article or an asset (templates, data,
 * partials, jbake.properties) starts again from nothing.
 */
public class Preview {

    static final List<String> WATCHED = List.of("content", "templates", "assets", "data", "jbake.properties");

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int port = Integer.parseInt(System.getenv().getOrDefault("PREVIEW_PORT", "8820"));
        Path work = Files.createTempDirectory("handoo-preview");
        AtomicReference<Path> served = new AtomicReference<>();

        Map<String, String> before = snapshot(project);
        KeptStore store = new KeptStore();
        served.set(bake(project, work, port, store));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serve(exchange, served.get()));
        server.start();
        System.out.println("\nPreview ready: http://localhost:" + port + "/   (Ctrl+C to stop; drafts are shown with a banner)");

        while (true) {
            Thread.sleep(250);
            Map<String, String> now = snapshot(project);
            if (now.equals(before)) {
                continue;
            }
            long start = System.nanoTime();
            if (!onlyArticlesOrAssets(project, before, now)) {
                store.forget();
                store = new KeptStore();
            }
            before = now; // anything saved from here on, even during the bake, triggers the next one
            Path fresh = bake(project, work, port, store);
            Path old = served.getAndSet(fresh);
            delete(old);
            System.out.printf("Rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * One bake into a new folder, converting only what `store` does not already hold; prints the editor-facing errors
     * and still serves what did bake.
     */
    static Path bake(Path project, Path work, int port, KeptStore store) throws Exception {
        Path out = Files.createTempDirectory(work, "site");
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), out.toFile(), false);
        Properties props = new Properties();
        props.setProperty("site.baseurl", "http://localhost:" + port);
        props.setProperty("site.mode", "development");
        config.addConfiguration(props);
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        utensils.setContentStore(store);
        utensils.setCrawler(new Crawler(store, config));
        utensils.setRenderer(new Renderer(store, config));
        Oven oven = new Oven(utensils);
        oven.bake();
        // What the Maven build adds beside JBake's output (fuse.js for the search page), unpacked by ./preview.
        copyTree(project.resolve("target/preview-vendor"), out);
        if (!oven.getErrors().isEmpty()) {
            System.out.println("\n*** Some pages could not be built. Fix these, save, and the preview rebuilds: ***");
            for (Throwable t : oven.getErrors()) {
                for (Throwable c = t; c != null; c = c.getCause()) {
                    String m = String.valueOf(c.getMessage());
                    for (String line : m.split("\n")) {
                        if (line.contains("cannot be published") || line.startsWith("  - ")) {
                            System.out.println(line);
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * True when every file that changed, appeared or went away between two snapshots is an AsciiDoc file JBake crawls
     * as a page (under content/, outside a folder with .jbakeignore) or an asset: the only changes a kept store can
     * take in by converting just those files.
     */
    static boolean onlyArticlesOrAssets(Path project, Map<String, String> before, Map<String, String> now) {
        java.util.Set<String> changed = new java.util.HashSet<>(before.keySet());
        changed.addAll(now.keySet());
        changed.removeIf(f -> java.util.Objects.equals(before.get(f), now.get(f)));
        for (String f : changed) {
            Path file = Path.of(f);
            if (file.startsWith(project.resolve("assets"))) {
                continue;
            }
            if (!file.startsWith(project.resolve("content")) || !f.matches(".*\\.(adoc|asciidoc|ad)$")) {
                return false;
            }
            for (Path dir = file.getParent(); dir.startsWith(project.resolve("content")); dir = dir.getParent()) {
                if (Files.exists(dir.resolve(".jbakeignore"))) {
                    return false; // an included part (content/_partials): its pages' hashes do not change
                }
            }
        }
        return true;
    }

    /**
     * JBake's content store, kept open from one bake to the next. JBake closes its store after every bake and renders
     * only documents it has just converted; this one stays open, forgets documents whose file was deleted, and hands
     * every document to the renderer, so each bake writes the whole site from the current files.
     */
    static final class KeptStore extends ContentStore {
        private static int generation;
        private boolean open;

        KeptStore() {
            super("memory", "preview" + (++generation));
        }

        @Override
        public void startup() {
            if (!open) {
                super.startup();
                open = true;
                return;
            }
            for (String type : DocumentTypes.getDocumentTypes()) {
                for (DocumentModel doc : getAllContent(type)) {
                    if (doc.getFile() != null && !Files.exists(Path.of(doc.getFile()))) {
                        deleteContent(doc.getSourceuri());
                    }
                }
            }
        }

        @Override
        public DocumentList<DocumentModel> getUnrenderedContent() {
            DocumentList<DocumentModel> all = new DocumentList<>();
            for (String type : DocumentTypes.getDocumentTypes()) {
                all.addAll(getAllContent(type));
            }
            all.removeIf(doc -> !Boolean.TRUE.equals(doc.get("cached"))); // data files: never pages
            return all;
        }

        @Override
        public void close() {
            // kept for the next bake; see forget()
        }

        /** Closes the store for good (its memory database goes with it). */
        void forget() {
            super.close();
        }
    }

    /** Last-modified time and size of every watched file: equal snapshots mean nothing changed. */
    static Map<String, String> snapshot(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String name : WATCHED) {
            Path root = project.resolve(name);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(p.toString(), Files.getLastModifiedTime(p).toMillis() + ":" + Files.size(p));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                files.put(root + "#unreadable", String.valueOf(System.nanoTime())); // a file vanished mid-walk: look again
            }
        }
        return files;
    }

    /** Clean URLs like the real hosts: /x/ serves x/index.html (or its draft), /x redirects to /x/, else 404.html. */
    static void serve(HttpExchange exchange, Path root) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        int status = 200;
        if (!file.startsWith(root)) {
            file = root.resolve("404.html");
            status = 404;
        } else if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                exchange.close();
                return;
            }
            Path index = file.resolve("index.html");
            file = Files.exists(index) ? index : file.resolve("index-draft.html");
        }
        if (!Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") || name.endsWith(".mjs") ? "text/javascript; charset=utf-8"
                : name.endsWith(".json") ? "application/json"
                : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".xml") ? "application/xml"
                : name.endsWith(".pdf") ? "application/pdf"
                : name.endsWith(".ico") ? "image/x-icon"
                : name.endsWith(".png") ? "image/png"
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : "text/plain; charset=utf-8";
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
        }
    }

    /** Copies every file under `from` to the same place under `to`; nothing when `from` does not exist. */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
