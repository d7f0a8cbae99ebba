package clinic.site.bake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * A bake of pages only (the preview's, after a save that changed only an article's text) leaves out the site-wide
 * lists, although jbake.properties turns the feed, the sitemap and the 404 page on: Bake.listsOff wins over it.
 */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class ListsOffIT {

    @Test
    void a_bake_of_pages_only_writes_no_site_wide_list(@TempDir Path dir) {
        FixtureSite whole = new FixtureSite(dir.resolve("whole")).withMinimalHome();
        FixtureSite.Result all = whole.bake();
        assertTrue(all.errors().isEmpty(), all.allErrors());
        for (String list : new String[] {"sitemap.xml", "404.html"}) {
            assertTrue(Files.exists(all.output().resolve(list)), "a whole bake writes " + list);
        }
        FixtureSite pagesOnly = new FixtureSite(dir.resolve("pages")).withMinimalHome();
        Bake.listsOff().forEach((key, value) -> pagesOnly.property((String) key, (String) value));
        FixtureSite.Result pages = pagesOnly.bake();
        assertTrue(pages.errors().isEmpty(), pages.allErrors());
        assertTrue(Files.exists(pages.output().resolve("index.html")), "the pages are written");
        for (String list : new String[] {"sitemap.xml", "404.html", "news/feed.xml", "feed.xml"}) {
            assertFalse(Files.exists(pages.output().resolve(list)), "a bake of pages only writes no " + list);
        }
    }
}
