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

import org.jbake.app.Oven;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * The editors' preview: bakes the site with the real JBake engine, serves it at http://localhost:8820/, and bakes
 * again after every saved change. Started by ./preview (docs/decisions/0009-own-preview-loop.md).
 *
 * Unlike `mvn jbake:inline`, a change saved while a bake runs is never lost (the tree is compared before and after
 * each bake), deleted files count as changes, each bake goes into a fresh folder that replaces the served one only
 * when complete, and drafts are shown at their normal address. JRuby and Asciidoctor stay warm between bakes.
 */
public class Preview {

    static final List<String> WATCHED = List.of("content", "templates", "assets", "data", "jbake.properties");

    public static void main(String[] args) throws Exception {
        Path project = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        int port = Integer.parseInt(System.getProperty("port", "8820"));
        Path work = Files.createTempDirectory("handoo-preview");
        AtomicReference<Path> served = new AtomicReference<>();

        Map<String, String> before = snapshot(project);
        served.set(bake(project, work, port));
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
            before = now; // anything saved from here on, even during the bake, triggers the next one
            long start = System.nanoTime();
            Path fresh = bake(project, work, port);
            Path old = served.getAndSet(fresh);
            delete(old);
            System.out.printf("Rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    /** One full bake into a new folder; prints the editor-facing errors and still serves what did bake. */
    static Path bake(Path project, Path work, int port) throws Exception {
        Path out = Files.createTempDirectory(work, "site");
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), out.toFile(), true);
        Properties props = new Properties();
        props.setProperty("site.baseurl", "http://localhost:" + port);
        props.setProperty("site.mode", "development");
        config.addConfiguration(props);
        Oven oven = new Oven(config);
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
