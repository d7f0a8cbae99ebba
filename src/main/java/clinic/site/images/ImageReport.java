package clinic.site.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import clinic.site.content.Page;

/**
 * The photo table of scripts/report (clinic.site.report.SiteReport), for every page of a baked site: the largest
 * rendition of any photo on the page (budget 200 KB) and the bytes of photos a 375-px phone at 2x downloads for the
 * page (budget 300 KB), read from the pages' own srcset attributes and the files they name.
 */
public final class ImageReport {

    private ImageReport() {
    }

    /** Prints the table for these HTML files of the baked site in `site`. */
    public static void print(Path site, List<Path> pages) throws IOException {
        System.out.printf(Locale.ROOT, "%-48s %7s %14s %11s%n", "page", "photos", "largest file", "phone 375px");
        long worstLargest = 0;
        long worstPhone = 0;
        for (Path page : pages) {
            Document doc = Jsoup.parse(Files.readString(page, StandardCharsets.UTF_8));
            Set<String> all = new LinkedHashSet<>();
            Set<String> phone = new LinkedHashSet<>();
            for (Element picture : doc.select("picture")) {
                for (Element e : picture.select("source[srcset], img[srcset]")) {
                    Picture.candidates(e.attr("srcset")).forEach(c -> all.add(c.url()));
                }
                Element webp = picture.selectFirst("source[type=image/webp][srcset]");
                if (webp != null) {
                    phone.add(Picture.phonePick(Picture.candidates(webp.attr("srcset"))).url());
                }
            }
            long largest = 0;
            for (String url : all) {
                largest = Math.max(largest, size(site, url));
            }
            long phoneBytes = 0;
            for (String url : phone) {
                phoneBytes += size(site, url);
            }
            String path = Page.sitePath(site.relativize(page).toString().replace('\\', '/'));
            String flag = (largest > Renditions.MAX_RENDITION_BYTES ? "  LARGEST OVER 200 KB" : "")
                    + (phoneBytes > Picture.PAGE_BUDGET ? "  PHONE OVER 300 KB" : "");
            System.out.printf(Locale.ROOT, "%-48s %7d %14d %11d%s%n", path, doc.select("picture").size(), largest, phoneBytes, flag);
            worstLargest = Math.max(worstLargest, largest);
            worstPhone = Math.max(worstPhone, phoneBytes);
        }
        System.out.printf(Locale.ROOT, "photos: largest file %d bytes (budget %d), most a 375-px phone downloads for a page %d bytes"
                + " (budget %d)%n", worstLargest, Renditions.MAX_RENDITION_BYTES, worstPhone, Picture.PAGE_BUDGET);
    }

    private static long size(Path site, String url) throws IOException {
        Path file = site.resolve(url.substring(1));
        return Files.isRegularFile(file) ? Files.size(file) : 0;
    }
}
