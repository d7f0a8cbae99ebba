package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * The content security policy, its one home: every page carries it, without inline script, and the three places that
 * state it (page meta, nginx, _headers) say the same thing. The headers file for other hosts caches only versioned
 * files long (what nginx sends is checked in NginxIT).
 */
class HostingConfigTest {

    @Test
    void the_content_security_policy_is_the_same_in_page_nginx_and_headers_file() throws Exception {
        String meta = BakedSite.parse(BakedSite.page("/")).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String nginx = find(read("deploy/nginx/security-headers.conf"), "add_header Content-Security-Policy \"([^\"]+)\"");
        String headers = find(Files.readString(BakedSite.root().resolve("_headers")), "Content-Security-Policy: (.+)");
        // frame-ancestors is ignored in a <meta> policy, so only the headers carry it.
        assertEquals(nginx, headers, "nginx and _headers policies differ");
        assertEquals(nginx.replace("; frame-ancestors 'none'", ""), meta, "the page's meta policy differs from the hosts'");
    }

    @Test
    void every_page_carries_a_content_security_policy_without_unsafe_inline_script() {
        List<String> bad = new ArrayList<>();
        String home = BakedSite.parse(BakedSite.page("/")).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        for (Path page : BakedSite.allHtml()) { // redirect pages at old addresses included
            var meta = BakedSite.parse(page).selectFirst("meta[http-equiv=Content-Security-Policy]");
            String csp = meta == null ? "" : meta.attr("content");
            if (!csp.contains("default-src 'self'") || !csp.contains("script-src 'self'") || csp.contains("unsafe-inline") || csp.contains("unsafe-eval")) {
                bad.add(BakedSite.sitePath(page) + ": " + csp);
            }
            if (!csp.equals(home) || BakedSite.parse(page).selectFirst("meta[name=referrer]") == null) {
                bad.add(BakedSite.sitePath(page) + ": not the same security meta tags as the home page");
            }
            if (!BakedSite.parse(page).select("script:not([src]):not([type=application/ld+json]), [onclick], [onload], [style]").isEmpty()) {
                bad.add(BakedSite.sitePath(page) + ": inline script, event handler or style attribute");
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void the_headers_file_is_published_and_long_caches_only_versioned_files() throws Exception {
        String headers = Files.readString(BakedSite.root().resolve("_headers"));
        for (String folder : List.of("/css/*", "/js/*")) {
            assertTrue(headers.contains(folder + "\n  Cache-Control: public, max-age=31536000, immutable"), headers);
        }
        assertTrue(headers.contains("/*\n") && headers.contains("Cache-Control: no-cache"), headers);
        // The long-cached folders may hold only files whose name changes with their content (or their version).
        List<String> unversioned = BakedSite.files().stream().map(BakedSite::sitePath)
                .filter(p -> p.startsWith("/css/") || p.startsWith("/js/"))
                .filter(p -> !p.matches("/(css|js)/[^/]+\\.[0-9a-f]{10}\\.(css|js)") && !p.matches("/js/vendor/[a-z.-]+-\\d+\\.\\d+\\.\\d+/.+"))
                .toList();
        assertTrue(unversioned.isEmpty(), "long-cached but not versioned: " + unversioned);
    }

    @Test
    void the_nginx_access_log_leaves_out_what_people_search_for() throws Exception {
        // The privacy page promises that our server does not keep search words. They travel in the query string
        // (/search/?q=...) and, on the next page, in the Referer; nginx's default "combined" format keeps both.
        String conf = read("deploy/nginx/handoo-site.conf").replaceAll("(?m)#.*$", "");
        Matcher server = Pattern.compile("(?s)server\\s*\\{(.*)\\}").matcher(conf);
        assertTrue(server.find(), "no server block in deploy/nginx/handoo-site.conf");
        Matcher log = Pattern.compile("access_log\\s+(\\S+)(?:\\s+(\\w+))?[^;]*;").matcher(server.group(1));
        assertTrue(log.find(), "the server block sets no access_log, so nginx uses its default format, which keeps the "
                + "query string: add access_log with a format that logs $uri");
        List<String> problems = new ArrayList<>();
        do {
            if (log.group(1).equals("off")) {
                continue;
            }
            String name = log.group(2) == null ? "combined" : log.group(2);
            Matcher format = Pattern.compile("log_format\\s+" + name + "\\s+((?:'[^']*'\\s*)+);").matcher(conf);
            if (!format.find()) {
                problems.add("access_log " + log.group(1) + " uses the format '" + name + "', not defined in the file (nginx's "
                        + "combined keeps the query string)");
            } else if (Pattern.compile("\\$(request|request_uri|args|query_string|is_args|arg_\\w+|http_referer)\\b")
                    .matcher(format.group(1)).find()) {
                problems.add("log_format " + name + " logs the query string or the Referer: " + format.group(1));
            }
        } while (log.find());
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static String read(String relative) throws Exception {
        return Files.readString(BakedSite.project().resolve(relative), StandardCharsets.UTF_8);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(m.find(), "no match for " + regex);
        return m.group(1).trim();
    }
}
