package clinic.site.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Keeps data/published-urls.yaml, the list of every URL the site has ever published, so that editors never edit it
 * by hand: after a successful bake, every page in the sitemap that the list lacks is added (in order, the header
 * comment kept) and the editor is told to commit the file. A build on a CI server never writes into the checkout:
 * there a missing URL is a problem that says how to fix it. (That a listed URL is still a page or a redirect is
 * checked before rendering, with the page rules.)
 */
public final class NewPageUrls {

    /** Where the list lives in the project. */
    public static final String FILE = "data/published-urls.yaml";

    /** The comment a new list starts with. */
    static final List<String> HEADER = List.of(
            "# Every URL this site has ever published. The bake fails if one of them stops being a page and no page",
            "# declares it in redirect_from. The build adds each newly published page here (clinic.site.output.NewPageUrls):",
            "# commit this file with the page. Never delete a line: a URL that was once public must keep working.");

    private NewPageUrls() {
    }

    /** What keeping the list did: the URLs added (or, on CI, missing), and a problem when the build must stop. */
    public record Kept(List<String> added, List<String> problems) {
    }

    /**
     * Adds to the list every page of the baked site's sitemap.xml that it lacks (the site's own address stripped).
     * With `ci` true the file is left alone and the missing URLs become one problem.
     */
    public static Kept keep(Path project, Path site, String baseUrl, boolean ci) throws IOException {
        Path file = project.resolve(FILE);
        List<String> lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        TreeSet<String> listed = new TreeSet<>();
        List<String> header = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (t.startsWith("- ")) {
                listed.add(t.substring(2).strip());
            } else if (listed.isEmpty() && (t.startsWith("#") || t.isEmpty())) {
                header.add(line);
            }
        }
        List<String> added = sitemapPaths(site, baseUrl).stream().filter(p -> !listed.contains(p)).toList();
        if (added.isEmpty()) {
            return new Kept(List.of(), List.of());
        }
        if (ci) {
            return new Kept(added, List.of(FILE + ": " + String.join(", ", added) + (added.size() == 1 ? " is" : " are")
                    + " published but not in the list of permanent URLs. Build once on your computer (./preview or"
                    + " mvn package adds them), then commit " + FILE + " with your change."));
        }
        listed.addAll(added);
        List<String> out = new ArrayList<>(header.isEmpty() ? HEADER : header);
        listed.forEach(p -> out.add("- " + p));
        Files.createDirectories(file.getParent()); // a project (or a test's fixture) may have no data/ yet
        Files.write(file, out, StandardCharsets.UTF_8);
        return new Kept(added, List.of());
    }

    /** What the build and the preview print after adding `added` to the list. */
    public static String told(List<String> added) {
        return "Added to " + FILE + " (every URL ever published): " + String.join(", ", added)
                + ". Commit that file with your change.";
    }

    /**
     * Takes `url` out of the list again (the preview does so for a page it added itself that went away before it was
     * ever committed, so it was never published); true when it was there.
     */
    public static boolean withdraw(Path project, String url) throws IOException {
        Path file = project.resolve(FILE);
        if (!Files.exists(file)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> kept = lines.stream().filter(l -> !l.strip().equals("- " + url)).toList();
        Files.write(file, kept, StandardCharsets.UTF_8);
        return kept.size() < lines.size();
    }

    /** The site paths of the pages in a baked sitemap.xml ("/patients/x/"), read with the JDK's XML parser. */
    static List<String> sitemapPaths(Path site, String baseUrl) throws IOException {
        Path sitemap = site.resolve("sitemap.xml");
        if (!Files.exists(sitemap)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(sitemap)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            NodeList locs = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "loc");
            String base = baseUrl.replaceAll("/+$", "");
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < locs.getLength(); i++) {
                String loc = locs.item(i).getTextContent().strip();
                paths.add(loc.startsWith(base) ? loc.substring(base.length()) : loc);
            }
            return paths;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(sitemap + " cannot be read: " + e.getMessage(), e);
        }
    }
}
