package clinic.site.preview;

import static clinic.site.content.ContentFolder.isAsciiDoc;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpServer;

import clinic.site.bake.Bake;
import clinic.site.bake.SiteStore;
import clinic.site.files.FileTree;
import clinic.site.output.NewPageUrls;
import clinic.site.output.SearchIndex;
import clinic.site.pdf.ReferralPdf;

/**
 * The editors' preview: serves the site at http://localhost:8820/ (PREVIEW_PORT) and bakes again after every saved
 * change (docs/decisions/0009-own-preview-loop.md). Unlike `mvn jbake:inline`, a change saved while a bake runs is
 * never lost (the tree is compared before and after each bake), deleted files count as changes, each bake goes into
 * a fresh folder that replaces the served one only when complete, and drafts are shown at their normal address. JRuby
 * and Asciidoctor stay warm between bakes, and the parsed documents are kept (SiteStore): only files whose content
 * changed are converted again, by JBake's own check of each file's hash. Every page is still rendered from the
 * templates into the fresh folder, so lists, links and site-wide checks on other pages never go stale; except when
 * only the text below the header of some articles changed, which no other page shows: then only those pages are
 * rendered and put in place in the served folder, one atomic file replace each, and the search index once the editor
 * pauses. A change anywhere but an AsciiDoc article or an asset (templates, data, partials, jbake.properties) starts
 * again from nothing. Speed: docs/decisions/0012-build-speed.md and 0013-build-speed-second-pass.md.
 */
public final class Preview {

    private Preview() {
    }

    static final List<String> WATCHED = List.of("content", "templates", "assets", "data", "jbake.properties");
    static final long INDEX_PAUSE_NANOS = 1_500_000_000L;
    private static final String OWNER_ENDED = "The program that started this preview has ended: the preview stops too.";

    /**
     * Stops the preview (as Ctrl+C does, its temp folder removed) once the process `pid` has ended: PREVIEW_OWNER_PID,
     * which the tests set (RunningPreview). A test run that is killed cannot stop the previews it started, which would
     * otherwise go on using CPU and ports. Unset (./preview in a terminal), the preview runs until Ctrl+C.
     */
    static void endWithOwner(String pid) {
        if (pid == null || pid.isBlank()) {
            return;
        }
        long id;
        try {
            id = Long.parseLong(pid.strip());
        } catch (NumberFormatException e) {
            System.err.println("PREVIEW_OWNER_PID is '" + pid + "', not a process number: ignored.");
            return;
        }
        ProcessHandle.of(id).map(ProcessHandle::onExit).orElse(CompletableFuture.completedFuture(null))
                .thenRun(() -> {
                    System.out.println(OWNER_ENDED);
                    System.exit(0);
                });
    }

    public static void run(Path project) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PREVIEW_PORT", "8820"));
        Path work = Files.createTempDirectory("handoo-preview");
        // Ctrl+C (or any normal stop) leaves nothing behind in the temp folder: every bake of the session is in `work`.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                FileTree.delete(work);
            } catch (IOException | RuntimeException e) {
                System.err.println("Could not remove the preview's folder " + work + ": " + e.getMessage());
            }
        }, "preview-cleanup"));
        endWithOwner(System.getenv("PREVIEW_OWNER_PID"));
        AtomicReference<Path> served = new AtomicReference<>();
        AtomicReference<List<String>> problems = new AtomicReference<>(List.of());

        Map<String, String> before = snapshot(project);
        Map<String, String> headers = headers(before);
        SiteStore store = new SiteStore();
        Set<String> addedHere = new HashSet<>(); // the URLs this preview added to data/published-urls.yaml
        Path first = previewBake(project, work, port, store, problems);
        keepUrlList(project, first, port, before, addedHere);
        withdrawNeverPublished(project, problems.get(), addedHere);
        served.set(first != null ? first : Files.createTempDirectory(work, "site"));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> PreviewServer.serve(exchange, served.get(), problems.get()));
        server.start();
        System.out.println("\nPreview ready: http://localhost:" + port + "/   (Ctrl+C to stop; drafts are shown with a banner)");

        boolean refused = !problems.get().isEmpty(); // the last bake was refused: its problems are on screen
        boolean indexBehind = false; // pages changed since the search index was last written
        long lastSave = 0;
        Changes changes = new Changes(project, WATCHED);
        while (true) {
            changes.await(250);
            Map<String, String> now = snapshot(project);
            if (now.equals(before)) {
                // The search index holds every page's text (at 1,000 articles about 0.15 s of CPU with its kept
                // entries): it is brought up to date once the editor has paused for a second and a half, so that it
                // never holds up the next page.
                if (indexBehind && problems.get().isEmpty() && System.nanoTime() - lastSave > INDEX_PAUSE_NANOS) {
                    searchIndexIntoServed(project, work, store, served.get());
                    indexBehind = false;
                }
                continue;
            }
            long start = System.nanoTime();
            lastSave = start;
            Set<String> changed = changedFiles(before, now);
            Set<String> bodiesOnly = null;
            if (!onlyArticlesOrAssets(project, changed)) {
                store.forget();
                store = new SiteStore();
            } else {
                bodiesOnly = bodiesOnly(changed, before, now, headers);
            }
            before = now; // anything saved from here on, even during the bake, triggers the next one
            if (bodiesOnly == null) {
                headers = headers(now);
                store.renderOnly(null, false);
                Path baked = previewBake(project, work, port, store, problems);
                if (baked != null) {
                    FileTree.delete(served.getAndSet(baked));
                    keepUrlList(project, baked, port, before, addedHere);
                }
                withdrawNeverPublished(project, problems.get(), addedHere);
                indexBehind = false;
            } else {
                store.renderOnly(bodiesOnly, false);
                bakeIntoServed(project, work, port, store, served.get(), problems);
                indexBehind = true;
            }
            // After a refused bake, "Rebuilt" under the problems would read as if they were still there: say they are gone.
            if (problems.get().isEmpty()) {
                System.out.printf(refused ? "All fixed: the preview is up to date again (rebuilt in %.1f s).%n"
                        : "Rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
            }
            refused = !problems.get().isEmpty();
        }
    }

    /**
     * Renders only the store's renderOnly pages into a scratch folder, and moves each file into the served folder, one
     * atomic replace per file: a reader gets the old page or the new one. When a page cannot be built, none is moved:
     * the served pages stay as they were until the editor's fix, the terminal says what to fix, and so does the
     * browser at the page's own address (PreviewServer, ErrorPage).
     */
    static void bakeIntoServed(Path project, Path work, int port, SiteStore store, Path served,
            AtomicReference<List<String>> shown) throws Exception {
        Path scratch = Files.createTempDirectory(work, "pages");
        Properties pagesOnly = Bake.listsOff();
        pagesOnly.setProperty(PREVIEW_FLAG, "true");
        List<String> problems = new ArrayList<>(previewBakeInto(project, scratch, port, store, pagesOnly));
        shown.set(problems);
        List<Path> rendered = List.of();
        if (problems.isEmpty()) {
            try (Stream<Path> files = Files.walk(scratch)) {
                rendered = files.filter(f -> f.toString().endsWith(".html")
                        || scratch.relativize(f).startsWith("images")).toList(); // a photo the page newly shows
            }
        }
        for (Path file : rendered) {
            Path target = served.resolve(scratch.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        if (rendered.contains(scratch.resolve(ReferralPdf.PAGE))) {
            referralPdf(project, served, problems);
        }
        FileTree.delete(scratch);
        tellEditor(problems);
    }

    /**
     * The search index alone, after saves that changed only the text of articles (bodiesOnly): written from the
     * content store as the last bake left it (every page as that bake converted it; the loop comes here only while
     * nothing changed since) into a scratch folder, then put in place with one atomic replace. Not a bake: at 1,000
     * articles a bake of no page still costs over half a second of CPU (every source checked, JBake's crawl and
     * queries), which a save arriving meanwhile would wait for; the index alone, with its kept entries, about 0.15 s.
     * Only after a bake that succeeded: a refused one left the served pages, and their index, as they were.
     */
    static void searchIndexIntoServed(Path project, Path work, SiteStore store, Path served) throws IOException {
        Path scratch = Files.createTempDirectory(work, "index");
        try {
            SearchIndex.write(project, scratch, store, store.searchEntries);
            try (Stream<Path> indexes = Files.list(scratch)) { // one per language with a search page
                for (Path index : indexes.toList()) {
                    Files.move(index, served.resolve(index.getFileName().toString()),
                            StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            System.out.println(SearchIndex.FILE + ": cannot be written (" + e.getMessage() + "); the search page still"
                    + " finds the text as it was before your last saves.");
        } finally {
            FileTree.delete(scratch);
        }
    }

    /**
     * A whole preview bake into a new folder, which it returns; null when the bake was refused (the problems are
     * then in `shown`, for the terminal and the browser, and the last good site stays served).
     */
    static Path previewBake(Path project, Path work, int port, SiteStore store, AtomicReference<List<String>> shown)
            throws Exception {
        Path out = Files.createTempDirectory(work, "site");
        Properties preview = new Properties();
        preview.setProperty(PREVIEW_FLAG, "true");
        List<String> problems = new ArrayList<>(previewBakeInto(project, out, port, store, preview));
        if (problems.isEmpty()) {
            referralPdf(project, out, problems);
        }
        shown.set(problems);
        tellEditor(problems);
        if (!problems.isEmpty()) {
            FileTree.delete(out);
            return null;
        }
        return out;
    }

    /**
     * Set in every preview bake, never in the build's (clinic.site.Site bake): templates read it as
     * config.site_preview to show what only editors may see, such as drafts in their section's list (section.ftl).
     */
    static final String PREVIEW_FLAG = "site.preview";

    /**
     * After a whole bake that succeeded: adds its newly published pages to data/published-urls.yaml as the build does
     * (clinic.site.output.NewPageUrls) and tells the editor to commit it. The file's new stamp goes into `seen`, the
     * snapshot the loop compares with, so that writing it does not start another bake.
     */
    static void keepUrlList(Path project, Path site, int port, Map<String, String> seen, Set<String> addedHere) {
        if (site == null) {
            return;
        }
        Path file = project.resolve(NewPageUrls.FILE);
        try {
            List<String> added = NewPageUrls.keep(project, site, "http://localhost:" + port, false).added();
            if (!added.isEmpty()) {
                addedHere.addAll(added);
                seen.put(file.toString(), stamp(file));
                System.out.println(NewPageUrls.told(added));
            }
        } catch (IOException e) {
            System.out.println(NewPageUrls.FILE + ": cannot be updated (" + e.getMessage() + ").");
        }
    }

    /**
     * After a refused bake: a page this preview itself added to data/published-urls.yaml, gone again before that
     * line was ever committed (the editor renamed or removed a new page), was never public and needs no redirect. Its
     * line is taken out again, which starts the next bake (data/ is watched); every other gone address stays a
     * problem, shown in the terminal and at that address in the browser (ErrorPage).
     */
    static void withdrawNeverPublished(Path project, List<String> problems, Set<String> addedHere) {
        for (String problem : problems) {
            int end = problem.indexOf(" " + ErrorPage.GONE);
            int start = problem.indexOf(": /");
            if (!problem.startsWith(NewPageUrls.FILE + ":") || end < 0 || start < 0 || start > end) {
                continue;
            }
            String url = problem.substring(start + 2, end);
            try {
                if (addedHere.contains(url) && !committed(project).contains("- " + url)
                        && NewPageUrls.withdraw(project, url)) {
                    addedHere.remove(url);
                    System.out.println("Took " + url + " out of " + NewPageUrls.FILE + " again: this preview added it"
                            + " and it was never committed, so it was never published.");
                }
            } catch (IOException e) {
                System.out.println(NewPageUrls.FILE + ": cannot be updated (" + e.getMessage() + ").");
            }
        }
    }

    /** The list as last committed (git show HEAD:data/published-urls.yaml); "" outside git or before a first commit. */
    static String committed(Path project) {
        try {
            Process git = new ProcessBuilder("git", "-C", project.toString(), "show", "HEAD:" + NewPageUrls.FILE)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String text = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return git.waitFor() == 0 ? text : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /** The referral PDF, printed again from the form page just baked (a warm print takes about 0.2 s of CPU). */
    static void referralPdf(Path project, Path site, List<String> problems) {
        try {
            ReferralPdf.referralPdf(project, site);
        } catch (IOException | RuntimeException e) {
            problems.add("The referral form PDF could not be printed from " + ReferralPdf.PAGE + ": " + e.getMessage());
        }
    }

    /** A bake as the preview runs it (its own address, development mode); returns the editor-facing messages. */
    static List<String> previewBakeInto(Path project, Path out, int port, SiteStore store, Properties extra) {
        return Bake.bake(project, out, "http://localhost:" + port, "development", store, extra).problems();
    }

    /** The last line under the problems of a refused preview bake. */
    static final String NOT_UPDATED = "The preview was not updated: fix the lines above and save (pages with a problem"
            + " show it in the browser; the others keep their last good version).";

    /** Prints the problems as the build does (one "file:line: message" line each), then what happened. */
    static void tellEditor(List<String> problems) {
        if (!problems.isEmpty()) {
            System.out.println();
            problems.forEach(System.out::println);
            System.out.println(NOT_UPDATED);
        }
    }

    /** The files that changed, appeared or went away between two snapshots. */
    static Set<String> changedFiles(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new HashSet<>(before.keySet());
        changed.addAll(now.keySet());
        changed.removeIf(f -> Objects.equals(before.get(f), now.get(f)));
        return changed;
    }

    /**
     * True when every changed file is an AsciiDoc file JBake crawls as a page (under content/, outside a folder with
     * .jbakeignore) or an asset: the only changes a kept store can take in by converting just those files.
     */
    static boolean onlyArticlesOrAssets(Path project, Set<String> changed) {
        for (String f : changed) {
            Path file = Path.of(f);
            if (file.startsWith(project.resolve("assets"))) {
                continue;
            }
            if (!file.startsWith(project.resolve("content")) || !isAsciiDoc(f)) {
                return false;
            }
            for (Path dir = file.getParent(); dir.startsWith(project.resolve("content")); dir = dir.getParent()) {
                if (Files.exists(dir.resolve(".jbakeignore"))) {
                    return false; // an included part (content/_partials): its pages' hashes do not change
                }
            }
        }
        return true;
    }

    /**
     * The articles whose text alone changed: every changed file existed before and after, and its header (the lines
     * above ~~~~~~: title, status, links, dates) is as it was. Then no other page can show anything new, and only
     * those pages and the search index need rendering. Null when anything else changed.
     */
    static Set<String> bodiesOnly(Set<String> changed, Map<String, String> before, Map<String, String> now,
            Map<String, String> headers) {
        for (String f : changed) {
            if (!before.containsKey(f) || !now.containsKey(f) || !isAsciiDoc(f) || !header(f).equals(headers.get(f))) {
                return null;
            }
        }
        return changed;
    }

    /** The header of every AsciiDoc file in a snapshot, by path. */
    static Map<String, String> headers(Map<String, String> snapshot) {
        Map<String, String> headers = new HashMap<>();
        for (String f : snapshot.keySet()) {
            if (isAsciiDoc(f)) {
                headers.put(f, header(f));
            }
        }
        return headers;
    }

    /** A file's JBake header: its text up to the ~~~~~~ line (all of it when there is none; "" when unreadable). */
    static String header(String file) {
        try {
            String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            int end = text.indexOf("\n~~~~~~");
            return end < 0 ? text : text.substring(0, end);
        } catch (IOException e) {
            return "";
        }
    }

    /** A file's last-modified time and size, as the snapshot holds it. */
    static String stamp(Path file) throws IOException {
        return Files.getLastModifiedTime(file).toMillis() + ":" + Files.size(file);
    }

    /**
     * Last-modified time and size of every watched file: equal snapshots mean nothing changed. One walk, whose own
     * look at each file gives both (at 1,000 articles a third of the system calls of asking for each again).
     */
    static Map<String, String> snapshot(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String name : WATCHED) {
            Path root = project.resolve(name);
            if (!Files.exists(root)) {
                continue;
            }
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    if (attributes.isRegularFile()) {
                        files.put(file.toString(), attributes.lastModifiedTime().toMillis() + ":" + attributes.size());
                    } else if (Files.isRegularFile(file)) { // a link to a file: the file's own stamp
                        files.put(file.toString(), stamp(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return unreadable();
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    return e == null ? FileVisitResult.CONTINUE : unreadable();
                }

                private FileVisitResult unreadable() { // a file or folder vanished mid-walk: look again
                    files.put(root + "#unreadable", String.valueOf(System.nanoTime()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        return files;
    }
}
