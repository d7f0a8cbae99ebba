package clinic.site.validation;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import clinic.site.asciidoc.AsciidocLog;
import clinic.site.content.ContentFolder;
import clinic.site.content.ContentModel;
import clinic.site.content.Page;
import clinic.site.content.SourceFile;

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

    /** The problems in converted bodies (file -> HTML), once checkSources has read the sources. */
    public List<Problem> checkBodies(Map<String, String> bodies) {
        Addresses live = Addresses.of(pages);
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
                problems.addAll(BodyRules.check(source, html, live, project.resolve("assets").toAbsolutePath().normalize()));
                problems.addAll(LogRules.check(source, AsciidocLog.of(project.resolve(source.path())), model.attributes()));
            }
        }
        // A figure's data is read by every page that shows the figure: its mistakes are reported once.
        List<Problem> once = new ArrayList<>(new java.util.TreeSet<>(problems));
        return once;
    }

    /** The pages read by checkSources (the typed model for what comes after). */
    public List<Page> pages() {
        return Collections.unmodifiableList(pages);
    }
}
