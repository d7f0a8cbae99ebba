package clinic.site.preview;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import clinic.site.content.Page;

/**
 * What the preview shows in the browser at a page that cannot be built: its problems, exactly as the terminal prints
 * them, and a note that the page comes back by itself once fixed (it reloads every two seconds).
 */
final class ErrorPage {

    private ErrorPage() {
    }

    /** The problems whose file is the source of the page at `sitePath` ("/patients/x/" from content/patients/x/...). */
    static List<String> problemsOf(String sitePath, List<String> problems) {
        return problems.stream().filter(p -> {
            int colon = p.indexOf(':');
            String file = colon < 0 ? "" : p.substring(0, colon);
            return file.startsWith("content/") && Page.sitePath(file).equals(sitePath);
        }).toList();
    }

    /** The error page, built with jsoup so that every message is text, never markup. */
    static byte[] html(List<String> problems) {
        Document doc = Document.createShell("");
        doc.outputSettings().prettyPrint(false);
        doc.selectFirst("html").attr("lang", "en-US");
        doc.head().appendElement("meta").attr("charset", "utf-8");
        doc.head().appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        // The preview only: reload until the editor's fix has been baked, then the real page replaces this one.
        doc.head().appendElement("meta").attr("http-equiv", "refresh").attr("content", "2");
        doc.title("Not built: fix the lines below");
        Element body = doc.body();
        body.appendElement("h1").text("This page could not be built");
        body.appendElement("p").text("Fix these lines in your editor and save. This page reloads by itself and shows"
                + " the real page once the fix is baked. The terminal running ./preview says the same.");
        Element list = body.appendElement("ul");
        for (String problem : problems) {
            list.appendElement("li").appendElement("code").text(problem);
        }
        return ("<!DOCTYPE html>\n" + doc.html()).getBytes(StandardCharsets.UTF_8);
    }
}
