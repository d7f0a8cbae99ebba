package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.SharedBrowser;
import clinic.site.support.Nginx;

/** The site behind Debian's nginx with deploy/nginx/: clean URLs, a real 404, headers, gzip, caching, cache hits. */
@ExtendWith(SharedBrowser.class)
class NginxIT {

    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "content-security-policy", "default-src 'self'",
            "x-content-type-options", "nosniff",
            "referrer-policy", "strict-origin-when-cross-origin",
            "strict-transport-security", "max-age=",
            "x-frame-options", "DENY",
            "permissions-policy", "camera=()");

    @Test
    void clean_urls_resolve() throws Exception {
        for (String path : List.of("/", "/patients/", "/patients/before-your-infusion/", "/physicians/referral-form/")) {
            assertEquals(200, get(path, false).statusCode(), path);
        }
        HttpResponse<String> noSlash = get("/patients", false);
        assertTrue(noSlash.statusCode() == 301 && noSlash.headers().firstValue("location").orElse("").endsWith("/patients/"),
                "/patients should redirect to /patients/, got " + noSlash.statusCode() + " " + noSlash.headers().map());
    }

    @Test
    void a_missing_page_returns_404_with_the_custom_page() throws Exception {
        HttpResponse<String> r = get("/no-such-page/", false);
        assertEquals(404, r.statusCode());
        assertTrue(r.body().contains("Page not found"), "the 404 body is not the site's own page");
    }

    @Test
    void every_response_carries_the_security_headers() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String path : List.of("/", stylesheet(), "/favicon.svg", "/no-such-page/", "/physicians/referral-form/referral-form.pdf")) {
            HttpResponse<String> r = get(path, false);
            SECURITY_HEADERS.forEach((name, expected) -> {
                String value = r.headers().firstValue(name).orElse("");
                if (!value.contains(expected)) {
                    missing.add(path + " (" + r.statusCode() + "): " + name + ": '" + value + "'");
                }
            });
            System.out.println("nginx " + r.statusCode() + " " + path + " -> " + SECURITY_HEADERS.keySet().stream()
                    .map(h -> h + "=" + (r.headers().firstValue(h).isPresent() ? "yes" : "NO")).sorted().toList());
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void text_is_gzipped() throws Exception {
        for (String path : List.of("/", stylesheet(), "/sitemap.xml", "/patients/glossary/")) {
            HttpResponse<String> r = get(path, true);
            assertEquals("gzip", r.headers().firstValue("content-encoding").orElse(""), path + " is not gzipped");
        }
    }

    @Test
    void only_versioned_assets_get_long_cache_headers() throws Exception {
        List<String> bad = new ArrayList<>();
        for (String path : List.of("/", "/patients/", "/favicon.svg", "/sitemap.xml", "/search-index.json")) {
            String cache = get(path, false).headers().firstValue("cache-control").orElse("");
            if (!cache.equals("no-cache")) {
                bad.add(path + " is not revalidated: " + cache);
            }
        }
        // Versioned: the vendored library's folder, and every file Fingerprint named by its content.
        List<String> versioned = BakedSite.files().stream().map(BakedSite::sitePath)
                .filter(p -> p.startsWith("/js/") || p.startsWith("/css/")).toList();
        assertTrue(versioned.contains(stylesheet()) && versioned.stream().anyMatch(p -> p.matches("/js/search\\.[0-9a-f]{10}\\.js"))
                && versioned.stream().anyMatch(p -> p.startsWith("/js/vendor/")), "the site's versioned files are missing: " + versioned);
        for (String p : versioned) {
            String cache = get(p, false).headers().firstValue("cache-control").orElse("");
            if (!cache.equals("public, max-age=31536000, immutable")) {
                bad.add(p + " is versioned but not long-cached: " + cache);
            }
        }
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @Test
    void the_logs_never_keep_the_words_of_a_search() throws Exception {
        // The privacy page says our server does not keep what people search for. The header's search form sends the
        // words in the address; the page a reader opens from the results sends that address as its Referer; a
        // mistyped address with a query string is a missing file, which nginx would log as an error.
        String words = "zqxsearchword" + System.nanoTime();
        assertEquals(200, get("/search/?q=" + words, false).statusCode());
        HttpRequest fromResults = HttpRequest.newBuilder(URI.create(Nginx.get().url("/patients/")))
                .header("Referer", Nginx.get().url("/search/?q=" + words)).build();
        assertEquals(200, HTTP.send(fromResults, HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(404, get("/no-such-page/?q=" + words, false).statusCode());
        // nginx writes a request's log line as the request ends: wait until the last one is there. $uri is the file
        // served (/search/index.html; the 404 page for a missing one).
        String logs = Nginx.get().logs();
        for (int i = 0; i < 40 && !logs.contains(" 404 "); i++) {
            Thread.sleep(50);
            logs = Nginx.get().logs();
        }
        assertTrue(logs.contains("GET /search/") && logs.contains("GET /patients/") && logs.contains(" 404 "),
                "the requests were not logged at all, so this test proves nothing:\n" + logs);
        assertTrue(!logs.contains(words), "nginx kept the search words (deploy/nginx/handoo-site.conf must log $uri, "
                + "never $request, $request_uri, $args or $http_referer):\n" + logs);
    }

    @Test
    void a_second_page_view_makes_no_request_for_the_stylesheet(Browser browser) {
        browser.driver().get(Nginx.get().url("/patients/"));
        assertTrue(transferred(browser, stylesheet()) > 0, "the first view did not fetch the stylesheet over the network");
        // A second page, as a reader would follow a link: the stylesheet must come from the browser's cache
        // without even a revalidation request (resource timing: 0 bytes transferred for a cache hit).
        browser.driver().get(Nginx.get().url("/patients/before-your-infusion/"));
        long second = transferred(browser, stylesheet());
        System.out.println("nginx: stylesheet bytes over the network on the second page view: " + second);
        assertEquals(0, second, "the second page view asked the server for the stylesheet again");
    }

    /** Bytes the page's fetch of a site path took over the network (0 when served from the cache); fails if absent. */
    private static long transferred(Browser browser, String path) {
        Number bytes = (Number) browser.driver().executeScript(
                "const e = performance.getEntriesByType('resource').find(r => new URL(r.name).pathname === arguments[0]);"
                        + "return e ? e.transferSize : -1;", path);
        assertTrue(bytes.longValue() >= 0, path + " was not loaded by the page");
        return bytes.longValue();
    }

    /** The site path of the content-hashed stylesheet every page links. */
    private static String stylesheet() {
        return BakedSite.sitePath(BakedSite.stylesheet());
    }

    private static HttpResponse<String> get(String path, boolean gzip) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Nginx.get().url(path)));
        if (gzip) {
            b.header("Accept-Encoding", "gzip");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
