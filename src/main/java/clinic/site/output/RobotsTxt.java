package clinic.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** /robots.txt: everything public may be crawled; the sitemap's absolute address, from the build's base URL. */
public final class RobotsTxt {

    private RobotsTxt() {
    }

    public static void write(Path out, String baseUrl) throws IOException {
        Files.writeString(out.resolve("robots.txt"), "User-agent: *\nAllow: /\n\nSitemap: "
                + baseUrl.replaceAll("/$", "") + "/sitemap.xml\n", StandardCharsets.UTF_8);
    }
}
