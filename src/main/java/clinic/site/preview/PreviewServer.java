package clinic.site.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.sun.net.httpserver.HttpExchange;

/** The preview's web server: serves one baked folder the way the real hosts do. */
final class PreviewServer {

    private PreviewServer() {
    }

    /**
     * Clean URLs like the real hosts: an old address in _redirects answers 301 to its page, /x/ serves x/index.html
     * (or its draft), /x redirects to /x/, else 404.html.
     * While the last bake was refused, a page with problems of its own, an address that has gone without a redirect,
     * or a page the last good site does not have yet, is an error page that lists them (ErrorPage).
     */
    static void serve(HttpExchange exchange, Path root, List<String> problems) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String movedTo = redirect(root, path);
        if (movedTo != null) { // an old address (redirect_from): a real 301, as the hosts send from the same file
            exchange.getResponseHeaders().set("Location", movedTo);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(301, -1);
            exchange.close();
            return;
        }
        if (!problems.isEmpty() && (path.endsWith("/") || path.endsWith(".html"))) {
            List<String> own = ErrorPage.problemsOf(path, problems);
            Path page = root.resolve(path.substring(1)).normalize();
            boolean missing = !Files.exists(page.resolve("index.html")) && !Files.exists(page.resolve("index-draft.html"))
                    && !Files.isRegularFile(page);
            if (!own.isEmpty() || missing) {
                send(exchange, 500, "text/html; charset=utf-8", ErrorPage.html(own.isEmpty() ? problems : own));
                return;
            }
        }
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
        send(exchange, status, type, Files.readAllBytes(file));
    }

    /**
     * Where the baked site's _redirects file (clinic.site.output.RedirectRules, "/old/ /new/ 301" per line) sends
     * `path`, with or without its final slash; null when it is no old address.
     */
    static String redirect(Path root, String path) throws IOException {
        Path rules = root.resolve("_redirects");
        if (!Files.isRegularFile(rules)) {
            return null;
        }
        String slashed = path.endsWith("/") ? path : path + "/";
        for (String line : Files.readAllLines(rules, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length >= 2 && parts[0].equals(slashed)) {
                return parts[1];
            }
        }
        return null;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
        }
    }
}
