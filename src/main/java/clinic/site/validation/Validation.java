package clinic.site.validation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
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

    /**
     * What checkSources made of one file (its SourceFile, HeaderRules' problems, its Page or null), by the file's
     * absolute path (which fixes its path in the project), with the rest of what that is made of: its bytes and the
     * content model (HeaderRules read nothing else). Kept from one check to the next in this JVM (the preview's next
     * save), and only what the last check read: a save parses and checks again only the files whose bytes changed
     * (at 1,000 articles, a tenth of a second of CPU less); the site-wide rules still run over every page
     * (SourcesKeptTest).
     */
    private record Read(byte[] bytes, ContentModel model, SourceFile source, List<Problem> problems, Page page) {
    }

    private static volatile Map<Path, Read> kept = new HashMap<>();

    /** The problems with the files under content/ and the site as a whole; read before JBake reads anything. */
    public List<Problem> checkSources() {
        List<Problem> problems = new ArrayList<>();
        Map<Path, Read> last = kept;
        Map<Path, Read> read = new HashMap<>();
        List<Path> files = ContentFolder.files(project);
        // Read (and parsed and checked, when changed) on every core: at 1,000 articles, reading is most of a check.
        // A file that cannot be a page is not read (null).
        List<Read> reads = files.parallelStream()
                .map(file -> SiteRules.notAPage(path(file)) != null ? null : read(file, last)).toList();
        for (int i = 0; i < files.size(); i++) {
            Read known = reads.get(i);
            if (known == null) {
                problems.add(SiteRules.notAPage(path(files.get(i))));
                continue;
            }
            Path absolute = files.get(i).toAbsolutePath().normalize();
            read.put(absolute, known);
            sources.put(absolute, known.source());
            problems.addAll(known.problems());
            if (known.problems().isEmpty()) {
                convertible.add(known.source());
            }
            if (known.page() != null) {
                pages.add(known.page());
            }
        }
        kept = read;
        SiteRules.oneFilePerAddress(pages, problems);
        SiteRules.redirects(pages, problems);
        SiteRules.linkTargets(pages, problems);
        SiteRules.publishedUrls(PublishedUrls.read(project, problems), pages, problems);
        SiteRules.pageLanguages(project, model.siteLanguage(), pages, problems);
        SiteRules.translations(model.siteLanguage(), pages, problems);
        SiteRules.crisisRoutesInEveryLanguage(project, model.siteLanguage(), pages, problems);
        Collections.sort(problems);
        return problems;
    }

    /**
     * BodyRules' problems for one page, with everything they read: the source's text (its path is the key it is kept
     * by), its HTML, and the site as the rules see it (the addresses, published, draft or with a mistake:
     * Addresses.describe; the files under assets/), as a hash. Kept from one check to the next in this JVM (the
     * preview's next save), and only what the last check used: a save re-checks only the bodies that changed. The
     * text and HTML are compared as they are (a kept source's lines are the same list, so most compare at once), not
     * hashed: hashing every page's text and HTML took a save at 1,000 articles 30 ms of CPU (BodyProblemsKeptTest).
     */
    private record Checked(List<String> lines, String html, String site, List<Problem> problems) {
    }

    private static volatile Map<String, Checked> bodyProblems = new HashMap<>();

    /** The problems in converted bodies (file -> HTML), once checkSources has read the sources. */
    public List<Problem> checkBodies(Map<String, String> bodies) {
        Addresses live = Addresses.of(pages);
        Path assets = project.resolve("assets").toAbsolutePath().normalize();
        MessageDigest context = FileTree.sha256();
        live.describe().forEach(line -> FileTree.update(context, line));
        FileTree.update(context, assets.toString());
        for (Path file : assetFiles(assets)) {
            FileTree.update(context, file.toString());
        }
        String site = HexFormat.of().formatHex(context.digest());
        Map<String, Checked> last = bodyProblems;
        Map<String, Checked> checked = new HashMap<>();
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
                Checked known = last.get(source.path());
                if (known == null || !known.site().equals(site) || !known.html().equals(html)
                        || !known.lines().equals(source.lines())) {
                    known = new Checked(source.lines(), html, site, List.copyOf(BodyRules.check(source, html, live, assets)));
                }
                checked.put(source.path(), known);
                problems.addAll(known.problems());
                problems.addAll(LogRules.check(source, AsciidocLog.of(project.resolve(source.path())), model.attributes()));
            }
        }
        bodyProblems = checked;
        // A figure's data is read by every page that shows the figure: its mistakes are reported once.
        List<Problem> once = new ArrayList<>(new TreeSet<>(problems));
        return once;
    }

    /** A file's path in the project, with forward slashes: what every message names. */
    private String path(Path file) {
        return project.relativize(file).toString().replace('\\', '/');
    }

    /** One file as checkSources reads it: the `last` check's Read again when its bytes and the model are the same. */
    private Read read(Path file, Map<Path, Read> last) {
        Read known = last.get(file.toAbsolutePath().normalize());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (known != null && known.model().equals(model) && Arrays.equals(known.bytes(), bytes)) {
            return known;
        }
        SourceFile source = SourceFile.parse(path(file), bytes);
        Page page = source.separatorLine() > 0 && !source.isBlank() ? Page.of(source) : null;
        return new Read(bytes, model, source, List.copyOf(HeaderRules.check(source, model)), page);
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
