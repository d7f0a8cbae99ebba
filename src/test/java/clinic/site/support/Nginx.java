package clinic.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Debian's nginx serving the baked site with the project's own configuration (deploy/nginx/), on 127.0.0.1 and a
 * free port. The same server the browser tests use, so the CSP header is enforced exactly as in production.
 * One instance per test JVM; stopped by a shutdown hook.
 */
public final class Nginx {

    private static Nginx instance;

    private final Process process;
    private final int port;
    private final Path prefix;

    private Nginx(Process process, int port, Path prefix) {
        this.process = process;
        this.port = port;
        this.prefix = prefix;
    }

    /** Starts nginx once; fails with the install command if nginx is missing (never skips). */
    public static synchronized Nginx get() {
        if (instance == null) {
            instance = start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.process::destroy));
        }
        return instance;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public int port() {
        return port;
    }

    /**
     * Everything nginx has written to its logs so far (the site's access log, the default access log of the http
     * block, the error log), for the test that search words are never kept (NginxIT).
     */
    public String logs() {
        try (var files = Files.list(prefix)) {
            StringBuilder all = new StringBuilder();
            for (Path log : files.filter(f -> f.getFileName().toString().endsWith(".log")).sorted().toList()) {
                all.append("== ").append(log.getFileName()).append('\n').append(Files.readString(log, StandardCharsets.UTF_8));
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Nginx start() {
        Path binary = Path.of("/usr/sbin/nginx");
        if (!Files.isExecutable(binary)) {
            throw new IllegalStateException("nginx is not installed: run `sudo apt-get install -y nginx` (.ci/run does this).");
        }
        try {
            Path prefix = Files.createTempDirectory("handoo-nginx");
            int port = FreePort.take();
            Path deploy = BakedSite.project().resolve("deploy/nginx").toAbsolutePath();
            String site = Files.readString(deploy.resolve("handoo-site.conf"), StandardCharsets.UTF_8)
                    .replace("listen 8080;", "listen 127.0.0.1:" + port + ";")
                    .replace("root /srv/handoo-site;", "root " + BakedSite.root().toAbsolutePath() + ";")
                    .replace("/etc/nginx/handoo/", deploy + "/")
                    .replace("/var/log/nginx/", prefix + "/");
            Files.writeString(prefix.resolve("site.conf"), site);
            // Started as root, nginx would run its workers as "nobody", who cannot read a site inside a private
            // folder (a clone made in `mktemp -d` is mode 700): keep them as root. Started as anyone else, the
            // workers are that user already.
            String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
            String main = user + """
                    worker_processes 1;
                    daemon off;
                    pid %1$s/nginx.pid;
                    error_log %1$s/error.log warn;
                    events { worker_connections 64; }
                    http {
                        include /etc/nginx/mime.types;
                        default_type application/octet-stream;
                        # As Debian's nginx.conf: a default access log in the "combined" format (the whole request
                        # line and the Referer), which the site's server block must replace with its own.
                        access_log %1$s/default-access.log;
                        client_body_temp_path %1$s/body;
                        proxy_temp_path %1$s/proxy;
                        fastcgi_temp_path %1$s/fastcgi;
                        uwsgi_temp_path %1$s/uwsgi;
                        scgi_temp_path %1$s/scgi;
                        include %1$s/site.conf;
                    }
                    """.formatted(prefix);
            Files.writeString(prefix.resolve("nginx.conf"), main);
            Process p = new ProcessBuilder(binary.toString(), "-p", prefix.toString(), "-c", prefix.resolve("nginx.conf").toString())
                    .redirectErrorStream(true).redirectOutput(prefix.resolve("stdout.log").toFile()).start();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (Instant.now().isBefore(deadline)) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("nginx exited: " + Files.readString(prefix.resolve("stdout.log"))
                            + (Files.exists(prefix.resolve("error.log")) ? Files.readString(prefix.resolve("error.log")) : ""));
                }
                try (Socket s = new Socket("127.0.0.1", port)) {
                    return new Nginx(p, port, prefix);
                } catch (IOException notYet) {
                    Thread.sleep(50);
                }
            }
            p.destroy();
            throw new IllegalStateException("nginx did not start listening on port " + port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
