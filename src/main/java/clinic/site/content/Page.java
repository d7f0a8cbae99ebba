package clinic.site.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A page as the site sees it: where its source is, the address JBake publishes it at, and the header fields other
 * pages and the site-wide checks rely on.
 */
public record Page(SourceFile source, String sitePath, String type, String status, String title,
        List<String> next, List<String> related, List<String> redirectFrom) {

    /** The page a source file makes (its fields as written; the validation rules say whether they are right). */
    public static Page of(SourceFile source) {
        return new Page(source, sitePath(source.path()), source.value("type"), source.value("status"),
                source.value("title"), paths(source.value("next")), paths(source.value("related")),
                paths(source.value("redirect_from")));
    }

    /** True for a published web page (not a draft, not one of the outputs written from a template). */
    public boolean isPublishedPage() {
        return "published".equals(status) && ContentModel.PAGE_TYPES.contains(type);
    }

    /**
     * The address JBake publishes a content file at: "content/patients/x/index.adoc" is "/patients/x/",
     * "content/x.adoc" is "/x.html".
     */
    public static String sitePath(String contentPath) {
        String p = contentPath.startsWith("content/") ? contentPath.substring("content/".length()) : contentPath;
        int dot = p.lastIndexOf('.');
        String html = "/" + (dot > p.lastIndexOf('/') ? p.substring(0, dot) : p) + ".html";
        return html.endsWith("/index.html") ? html.substring(0, html.length() - "index.html".length()) : html;
    }

    /** A header list of site paths ("/a/, /b/") as trimmed, non-empty paths. */
    public static List<String> paths(String value) {
        List<String> result = new ArrayList<>();
        for (String s : value.split(",")) {
            if (!s.isBlank()) {
                result.add(s.strip());
            }
        }
        return result;
    }
}
