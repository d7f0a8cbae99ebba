package clinic.site.validation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import clinic.site.asciidoc.ContentIncludes;
import clinic.site.content.SourceFile;
import clinic.site.protocol.ProtocolListMacro;

/**
 * The rules for a page's converted body (Asciidoctor's HTML, read with jsoup): includes that found no file, protocol
 * lists that could not be made, cross references and site links that lead nowhere, pictures that are missing or
 * not described. Each names the line of the source where the mistake is written, when it can be found.
 */
public final class BodyRules {

    private BodyRules() {
    }

    /** Asciidoctor's stand-in for an include that found no file (also ContentIncludes.MISSING). */
    private static final Pattern UNRESOLVED = Pattern.compile("Unresolved directive in \\S+ - (include::\\S*)");

    /** ContentIncludes' stand-in for an include from outside content/. */
    private static final Pattern REFUSED = Pattern.compile(Pattern.quote(ContentIncludes.REFUSED) + "(include::\\S*)");

    /**
     * Every problem in the body of `source`; `addresses` says which links lead to published pages, `assets` the folder whose
     * files are published as they are (pictures at /images/x.jpg are assets/images/x.jpg).
     */
    public static List<Problem> check(SourceFile source, String html, Addresses addresses, Path assets) {
        List<Problem> p = new java.util.ArrayList<>();
        Document body = Jsoup.parseBodyFragment(html);
        includes(source, body, p);
        rawHtml(source, body, p);
        protocolLists(source, body, p);
        crossReferences(source, body, p);
        siteLinks(source, body, addresses, p);
        images(source, body, assets, p);
        return p;
    }

    static void includes(SourceFile source, Document body, List<Problem> p) {
        Matcher m = UNRESOLVED.matcher(body.text());
        while (m.find()) {
            String include = m.group(1);
            p.add(new Problem(source.path(), source.lineOf(include), "'" + include + "' could not be included: no"
                    + " such file. Check the name and the path (it is relative to this file's folder)."));
        }
        Matcher refused = REFUSED.matcher(body.text());
        while (refused.find()) {
            String include = refused.group(1);
            String target = include.substring("include::".length(), include.length() - 2);
            p.add(new Problem(source.path(), source.lineOf("include::" + target), "'" + include + "' is refused: a"
                    + " page may include only files under content/ (shared parts go in content/_partials/)."));
        }
    }

    /**
     * Raw HTML (a passthrough block or +++...+++) may hold markup, never scripts: no script element, no event
     * handler attribute (onclick=...), no javascript: address. The Content-Security-Policy would block them, but a
     * page that relies on one is broken, and the source must say so, not the browser's console.
     */
    static void rawHtml(SourceFile source, Document body, List<Problem> p) {
        for (Element script : body.select("script")) {
            p.add(new Problem(source.path(), source.lineOf("<script"), "a <script> in the page's HTML is refused:"
                    + " pages hold text and markup only. Remove it."));
        }
        for (Element e : body.getAllElements()) {
            for (org.jsoup.nodes.Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase();
                boolean handler = name.startsWith("on");
                boolean scriptUrl = a.getValue().strip().toLowerCase().startsWith("javascript:");
                if (handler || scriptUrl) {
                    p.add(new Problem(source.path(), source.lineOf(handler ? a.getKey() + "=" : "javascript:"),
                            (handler ? "the event handler " + a.getKey() + "=" : "a javascript: address")
                                    + " in the page's HTML is refused: pages hold text and markup only. Remove it."));
                }
            }
        }
    }

    static void protocolLists(SourceFile source, Document body, List<Problem> p) {
        for (Element e : body.select("." + ProtocolListMacro.PROBLEM_ROLE)) {
            String message = e.text().strip();
            String macro = message.split("[\\s\\[]", 2)[0];
            p.add(new Problem(source.path(), source.lineOf(macro), message));
        }
    }

    static void crossReferences(SourceFile source, Document body, List<Problem> p) {
        Set<String> ids = new HashSet<>(body.select("[id]").eachAttr("id"));
        for (Element a : body.select("a[href^=#]")) {
            String id = a.attr("href").substring(1);
            if (!ids.contains(id)) {
                p.add(new Problem(source.path(), source.lineOf("<<" + id), "a cross reference points to '" + id
                        + "', which is not on this page. Check the <<" + id + ">> in the text and the [[[" + id
                        + "]]] in the References."));
            }
        }
    }

    static void siteLinks(SourceFile source, Document body, Addresses addresses, List<Problem> p) {
        for (Element a : body.select("a[href^=/]")) {
            String path = a.attr("href").replaceAll("[#?].*$", "");
            if (path.endsWith("/") && !path.startsWith("//") && !addresses.isLive(path)) {
                p.add(new Problem(source.path(), source.lineOf(path), "a link points to " + path + ", "
                        + addresses.whyNot(path, "Check the path in link:" + path + "[...]")));
            }
        }
    }

    static void images(SourceFile source, Document body, Path assets, List<Problem> p) {
        for (Element img : body.select("img")) {
            String src = img.attr("src");
            String name = src.substring(src.lastIndexOf('/') + 1);
            int line = source.lineOf(src);
            if (!src.startsWith("/")) {
                p.add(new Problem(source.path(), line, "image '" + src + "' must be a site path such as /images/"
                        + name + " (put the file in assets/images/)."));
            } else if (!assets.resolve(src.substring(1)).normalize().startsWith(assets)
                    || !Files.isRegularFile(assets.resolve(src.substring(1)))) {
                p.add(new Problem(source.path(), line, "image " + src + " is missing: put the file at assets" + src
                        + " (or fix the name)."));
            }
            // With no text in the brackets, Asciidoctor makes one from the file name ("no-such-picture" -> "no such
            // picture"), which describes nothing.
            String stem = (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : name).replaceAll("[-_]", " ");
            String alt = img.attr("alt").strip();
            if (alt.isEmpty() || alt.equals(stem)) {
                p.add(new Problem(source.path(), line, "image " + src + " has no alt text. Describe what it shows"
                        + " inside the brackets: image::" + src + "[A nurse checks blood pressure before the infusion]."));
            }
        }
    }
}
