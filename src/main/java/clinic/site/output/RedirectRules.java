package clinic.site.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import clinic.site.content.Page;

/**
 * /_redirects (Netlify, Cloudflare Pages): a real 301 for every old address a published page declares in
 * redirect_from. For hosts without real redirects, the public build also writes an HTML page at each old address
 * from this file (Finish). The validation rules have made sure no old address is a page or claimed twice.
 */
public final class RedirectRules {

    private RedirectRules() {
    }

    public static void write(Path out, List<Page> pages) throws IOException {
        StringBuilder rules = new StringBuilder();
        for (Page page : pages) {
            if (page.isPublishedPage()) {
                for (String old : page.redirectFrom()) {
                    rules.append(old).append(' ').append(page.sitePath()).append(" 301\n");
                }
            }
        }
        Files.writeString(out.resolve("_redirects"), rules.toString(), StandardCharsets.UTF_8);
    }
}
