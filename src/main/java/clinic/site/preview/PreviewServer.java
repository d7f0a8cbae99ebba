package clinic.site.preview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.net.httpserver.HttpExchange;

/** The preview's web server: serves one baked folder the way the real hosts do. */
final class PreviewServer {

    private PreviewServer() {
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
}
