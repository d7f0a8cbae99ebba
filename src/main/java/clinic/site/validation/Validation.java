package clinic.site.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.content.ContentFolder;
import clinic.site.content.ContentModel;
import clinic.site.content.Page;
import clinic.site.content.SourceFile;
import clinic.site.files.FileTree;

/**
 * Runs every rule over a project, before anything is rendered: first the sources (every file under content/, each
 * page's header, then the site-wide rules), which needs no conversion at all; then, once JBake has converted the
 * pages, their bodies. The bake stops on any problem (clinic.site.bake.Bake).
 */
public final class Validation {
    private final Path project;
    private final ContentModel model;
    private final Map<Path, SourceFile> sources = new HashMap<>();
    private final List<Page> pages = new ArrayList<>();
    private final List<SourceFile> convertible = new ArrayList<>();

    public Validation(Path project, ContentModel model) {
        this.project = project;
        this.model = model;
    }

    /** The problems with the files under content/ and the site as a whole; read before JBake reads anything. */
    public List<Problem> checkSources() {
        List<Problem> problems = new ArrayList<>();
        for (Path file : ContentFolder.files(project)) {
            String path = project.relativize(file).toString().replace('\\', '/');
            Problem notAPage = SiteRules.notAPage(path);
            if (notAPage != null) {
                problems.add(notAPage);
                continue;
            }
            SourceFile source = SourceFile.read(project, file);
            sources.put(file.toAbsolutePath().normalize(), source);
            List<Problem> own = HeaderRules.check(source, model);
            problems.addAll(own);
            if (own.isEmpty()) {
                convertible.add(source);
            }
            if (source.separatorLine() > 0 && !source.isBlank()) {
                pages.add(Page.of(source));
            }
        }
        SiteRules.oneFilePerAddress(pages, problems);
        SiteRules.redirects(pages, problems);
        SiteRules.linkTargets(pages, problems);
        SiteRules.publishedUrls(PublishedUrls.read(project, problems), pages, problems);
        Collections.sort(problems);
        return problems;
    }

    /**
     * BodyRules' problems by the hash of everything they read: the source's path and text, the HTML, the site's
     * addresses (published, draft or with a mistake: Addresses.describe) and the files under assets/. Kept from one check to the next in this JVM (the preview's next save), and
     * only what the last check used: a save re-checks only the bodies that changed (at 1,000 articles, a second).
     */
    private static volatile Map<String, List<Problem>> bodyProblems = new HashMap<>();

    /** The problems in converted bodies (file -> HTML), once checkSources has read the sources. */
    public List<Problem> checkBodies(Map<String, String> bodies) {
        Addresses live = Addresses.of(pages);
        Path assets = project.resolve("assets").toAbsolutePath().normalize();
        MessageDigest context = FileTree.sha256();
        live.describe().forEach(line -> FileTree.update(context, line));
        FileTree.update(context, "assets");
        for (Path file : assetFiles(assets)) {
            FileTree.update(context, file.toString());
        }
        Map<String, List<Problem>> checked = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        Map<SourceFile, String> converted = new HashMap<>();
        bodies.forEach((file, html) -> converted.put(sources.get(Path.of(file).toAbsolutePath().normalize()), html));
        for (SourceFile source : convertible) {
            String html = converted.get(source);
            if (html == null) {
                // JBake drops a page whose conversion failed, with a log line at most: never in silence here.
                problems.add(new Problem(source.path(), 0, "this page could not be converted from AsciiDoc (the lines"
                        + " above may say why). Check its text from the ~~~~~~ line down."));
            } else {
                MessageDigest digest = FileTree.copy(context);
                FileTree.update(digest, source.path());
                source.lines().forEach(line -> FileTree.update(digest, line));
                FileTree.update(digest, html);
                String key = HexFormat.of().formatHex(digest.digest());
                List<Problem> own = bodyProblems.get(key);
                checked.put(key, own != null ? own : List.copyOf(BodyRules.check(source, html, live, assets)));
                problems.addAll(checked.get(key));
                problems.addAll(LogRules.check(source, AsciidocLog.of(project.resolve(source.path())), model.attributes()));
            }
        }
        bodyProblems = checked;
        // A figure's data is read by every page that shows the figure: its mistakes are reported once.
        List<Problem> once = new ArrayList<>(new TreeSet<>(problems));
        return once;
    }

    /** Every file under assets/, in a stable order (BodyRules looks pictures up there). */
    private static List<Path> assetFiles(Path assets) {
        if (!Files.isDirectory(assets)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(assets)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages read by checkSources (the typed model for what comes after). */
    public List<Page> pages() {
        return Collections.unmodifiableList(pages);
    }
}
