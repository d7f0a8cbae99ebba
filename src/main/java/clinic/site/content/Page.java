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

    /** The page's description (its meta description and the summary lists show). */
    public String description() {
        return source.value("description");
    }

    /** Who an article or section is for ("patients", "physicians"), or "". */
    public String audience() {
        return source.value("audience");
    }

    /** The group an article is listed under on its section page, or "". */
    public String group() {
        return source.value("group");
    }

    /** An article's place in its group (a whole number; 0 when it has none). */
    public int order() {
        String order = source.value("order");
        return order.matches("-?\\d{1,9}") ? Integer.parseInt(order) : 0;
    }

    /** A news post's publication date (yyyy-MM-dd), or "". */
    public String published() {
        return source.value("published");
    }

    /** Who wrote the page, or "". */
    public String author() {
        return source.value("author");
    }

    /** True for a published web page (not a draft, and of a type the site has a template for). */
    public boolean isPublishedPage() {
        return "published".equals(status) && ContentModel.PAGE_TYPES.contains(type);
    }

    /** True for a web page that is published or a draft (what the preview lists in its section). */
    public boolean isDraftOrPublishedPage() {
        return ("published".equals(status) || "draft".equals(status)) && ContentModel.PAGE_TYPES.contains(type);
    }

    /**
     * The address JBake publishes a content file at: "content/patients/x/index.adoc" is "/patients/x/",
     * "content/x.adoc" is "/x.html". A baked file's path in the site maps the same way: "patients/x/index.html" is
     * "/patients/x/".
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
