package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * Privacy by construction: no tracker anywhere in the output. That no page loads anything from another host or sets a
 * cookie is checked in Chromium on every page (EveryPageIT).
 */
class PrivacyTest {

    /** Hosts of analytics, ad, tag-manager, session-replay and social tracking services (research.md §2.6). */
    static final Pattern TRACKERS = Pattern.compile(
            "google-analytics\\.com|googletagmanager\\.com|doubleclick\\.net|googlesyndication\\.com|facebook\\.net"
                    + "|connect\\.facebook|fbq\\(|hotjar\\.com|clarity\\.ms|segment\\.(com|io)|mixpanel\\.com|fullstory\\.com"
                    + "|quantserve\\.com|scorecardresearch\\.com|newrelic\\.com|nr-data\\.net|hs-scripts\\.com|linkedin\\.com/px"
                    + "|snap\\.licdn\\.com|tiktok\\.com/i18n/pixel|analytics\\.twitter|bat\\.bing\\.com|fonts\\.googleapis\\.com"
                    + "|fonts\\.gstatic\\.com|cdn\\.jsdelivr\\.net|unpkg\\.com|cdnjs\\.cloudflare\\.com",
            Pattern.CASE_INSENSITIVE);

    @Test
    void no_known_tracker_host_appears_anywhere_in_the_output() throws IOException {
        List<String> hits = new ArrayList<>();
        for (Path f : BakedSite.files()) {
            String name = f.toString();
            if (name.endsWith(".pdf") || name.endsWith(".ico")) {
                continue;
            }
            var m = TRACKERS.matcher(Files.readString(f, StandardCharsets.UTF_8));
            if (m.find()) {
                hits.add(BakedSite.root().relativize(f) + ": " + m.group());
            }
        }
        assertTrue(hits.isEmpty(), String.join("\n", hits));
    }

    @Test
    void the_tracker_pattern_catches_a_tracker() {
        // The pattern above must be able to fail: a Google Analytics tag is caught.
        assertTrue(TRACKERS.matcher("<script src=\"https://www.googletagmanager.com/gtag/js?id=G-1\"></script>").find());
    }
}
