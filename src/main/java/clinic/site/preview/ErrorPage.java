package clinic.site.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import clinic.site.content.Page;
import clinic.site.output.NewPageUrls;

/**
 * What the preview shows in the browser at a page that cannot be built: its problems, exactly as the terminal prints
 * them, and a note that the page comes back by itself once fixed (it reloads every two seconds).
 */
final class ErrorPage {

    private ErrorPage() {
    }

    /**
     * The problems of the page at `sitePath`: those whose file is its source ("/patients/x/" from
     * content/patients/x/...), and the one that says the address has gone without a redirect (a line of
     * data/published-urls.yaml: "/patients/x/ was published before and is now gone..."). An editor who moved or
     * deleted a page is most likely looking at its old address: reloading it names the problem and the fix at once.
     */
    static List<String> problemsOf(String sitePath, List<String> problems) {
        return problems.stream().filter(p -> {
            int colon = p.indexOf(':');
            String file = colon < 0 ? "" : p.substring(0, colon);
            return file.startsWith("content/") && Page.sitePath(file).equals(sitePath)
                    || file.equals(NewPageUrls.FILE) && p.contains(": " + sitePath + " " + GONE);
        }).toList();
    }

    /** How clinic.site.validation.SiteRules says that a published address is no page and no redirect any more. */
    static final String GONE = "was published before and is now gone.";

    /** The error page, built with jsoup so that every message is text, never markup. */
    static byte[] html(List<String> problems) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.selectFirst("html").attr("lang", "en-US");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        // The preview only: reload until the editor's fix has been baked, then the real page replaces this one.
        doc.head().appendElement("meta").attr("http-equiv", "refresh").attr("content", "2");
        boolean gone = problems.stream().anyMatch(p -> p.contains(GONE));
        doc.title("Not built: fix the lines below");
        // The site's own stylesheet, from the last good bake (the preview serves it under its plain name), so the
        // message reads like the site; unstyled but complete when there is none yet.
        doc.head().appendElement("link").attr("rel", "stylesheet").attr("href", "/css/site.css");
        Element body = doc.body().appendElement("main").addClass("app-main").addClass("app-width-container");
        body.appendElement("h1").text(gone ? "This address no longer leads to a page" : "This page could not be built");
        body.appendElement("p").addClass("app-lead").text("Fix these lines in your editor and save. This page reloads"
                + " by itself and shows the real page once the fix is baked. The terminal running ./preview says the same.");
        Element list = body.appendElement("ul");
        for (String problem : problems) {
            list.appendElement("li").appendElement("code").text(problem);
        }
        if (gone) {
            body.appendElement("p").text("An address that was once published must keep working: people bookmark it"
                    + " and other sites link to it. The editor guide (docs/editor-guide.md, \"Moving or renaming a"
                    + " page\") shows how.");
        }
        return ("<!DOCTYPE html>\n" + doc.html()).getBytes(StandardCharsets.UTF_8);
    }
}
