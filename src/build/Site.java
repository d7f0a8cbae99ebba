import java.io.File;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.jbake.app.ContentStore;
import org.jbake.app.Crawler;
import org.jbake.app.DocumentList;
import org.jbake.app.Oven;
import org.jbake.app.Renderer;
import org.jbake.app.Utensils;
import org.jbake.app.UtensilsFactory;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.model.DocumentTypes;
import org.jbake.parser.Engines;
import org.jbake.template.ModelExtractors;
import org.jbake.parser.ParserEngine;

/**
 * The site's two ways of baking with the real JBake engine (JBake's Oven, Crawler and Renderer, the project's
 * templates), in one file because they share the content store below:
 *
 *   java src/build/Site.java bake PROJECT OUT BASE-URL MODE   the public build, run by Maven (pom.xml, execution bake)
 *   java src/build/Site.java preview [PROJECT]                the editors' preview, run by ./preview
 *   java src/build/Site.java finish SITE BASE-URL             the public build's last step alone (bake runs it)
 *
 * bake: one bake into OUT, and the referral form PDF drawn alongside (or kept from target/build-cache); on any page
 * that cannot be published it prints the editor-facing messages and exits 1; else it finishes OUT for publishing.
 *
 * preview: serves the site at http://localhost:8820/ (PREVIEW_PORT) and bakes again after every saved change
 * (docs/decisions/0009-own-preview-loop.md). Unlike `mvn jbake:inline`, a change saved while a bake runs is never
 * lost (the tree is compared before and after each bake), deleted files count as changes, each bake goes into a fresh
 * folder that replaces the served one only when complete, and drafts are shown at their normal address. JRuby and
 * Asciidoctor stay warm between bakes, and the parsed documents are kept (SiteStore): only files whose content changed
 * are converted again, by JBake's own check of each file's hash. Every page is still rendered from the templates into
 * the fresh folder, so lists, links and site-wide checks on other pages never go stale; except when only the text
 * below the header of some articles changed, which no other page shows: then only those pages are rendered and put
 * in place in the served folder, one atomic file replace each, and the search index once the editor pauses. A change
 * anywhere but an AsciiDoc article or an asset (templates, data, partials, jbake.properties) starts again from
 * nothing.
 *
 * Speed: docs/decisions/0012-build-speed.md and 0013-build-speed-second-pass.md.
 */
public class Site {

    static final List<String> WATCHED = List.of("content", "templates", "assets", "data", "jbake.properties");
    static final String SEARCH_INDEX = "search-index.json";
    static final long INDEX_PAUSE_NANOS = 1_500_000_000L;

    public static void main(String[] args) throws Exception {
        // JBake's content store is an OrientDB database in memory, opened as admin/admin and gone at exit. OrientDB
        // hashes each default user's password with 65,536 rounds of PBKDF2: 0.7 s of every start for no protection.
        System.setProperty("security.userPasswordSaltIterations", "1");
        if (args.length == 5 && args[0].equals("bake")) {
            Path project = Path.of(args[1]).toAbsolutePath().normalize();
            Path out = Path.of(args[2]).toAbsolutePath();
            long start = System.nanoTime();
            // Drawing the PDF takes longer than the whole bake of the real site: on the second core, alongside.
            CompletableFuture<Void> pdf = CompletableFuture.runAsync(() -> referralPdf(project, out));
            SiteStore store = new SiteStore();
            Baked baked = bake(project, out, args[3], args[4], store, new Properties());
            List<String> problems = new ArrayList<>(baked.problems());
            store.forget();
            try {
                pdf.join();
            } catch (CompletionException e) {
                problems.add("The referral form PDF (src/pdf/referral-form.adoc) could not be built: " + e.getCause());
            }
            if (!problems.isEmpty()) {
                System.err.println("\n*** The site was not built. Fix these pages and build again: ***");
                problems.forEach(System.err::println);
                System.exit(1);
            }
            finish(out, args[3]);
            System.out.println(baked.phases()); // for scripts/benchmark; the preview does not show it to editors
            System.out.printf("Site.java: baked %s in %.1f s%n", args[2], (System.nanoTime() - start) / 1e9);
        } else if (args.length == 3 && args[0].equals("finish")) {
            finish(Path.of(args[1]), args[2]);
        } else if (args.length <= 2 && (args.length == 0 || args[0].equals("preview"))) {
            preview(Path.of(args.length == 2 ? args[1] : ".").toAbsolutePath().normalize());
        } else {
            System.err.println("usage: java src/build/Site.java bake PROJECT OUT BASE-URL MODE | preview [PROJECT]"
                    + " | finish SITE BASE-URL");
            System.exit(2);
        }
    }

    static void preview(Path project) throws Exception {
        int port = Integer.parseInt(System.getenv().getOrDefault("PREVIEW_PORT", "8820"));
        Path work = Files.createTempDirectory("handoo-preview");
        AtomicReference<Path> served = new AtomicReference<>();

        Map<String, String> before = snapshot(project);
        Map<String, String> headers = headers(before);
        SiteStore store = new SiteStore();
        served.set(previewBake(project, work, port, store));
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", exchange -> serve(exchange, served.get()));
        server.start();
        System.out.println("\nPreview ready: http://localhost:" + port + "/   (Ctrl+C to stop; drafts are shown with a banner)");

        boolean indexBehind = false; // pages changed since the search index was last written
        long lastSave = 0;
        while (true) {
            Thread.sleep(250);
            Map<String, String> now = snapshot(project);
            if (now.equals(before)) {
                // The search index holds every page's text (3 s to write at 1,000 articles): it is brought up to
                // date once the editor has paused for a second and a half, so it never holds up the next page.
                if (indexBehind && System.nanoTime() - lastSave > INDEX_PAUSE_NANOS) {
                    store.renderOnly(Set.of(), true);
                    bakeIntoServed(project, work, port, store, served.get());
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
                Path old = served.getAndSet(previewBake(project, work, port, store));
                delete(old);
                indexBehind = false;
            } else {
                store.renderOnly(bodiesOnly, false);
                bakeIntoServed(project, work, port, store, served.get());
                indexBehind = true;
            }
            System.out.printf("Rebuilt in %.1f s%n", (System.nanoTime() - start) / 1e9);
        }
    }

    /**
     * Renders only the store's renderOnly pages (and the search index, if asked), into a scratch folder, and moves
     * each file into the served folder, one atomic replace per file: a reader gets the old page or the new one. When a
     * page cannot be built, none is moved (JBake leaves a stopped page half-written): the served pages stay as they
     * were until the editor's fix, and the message says what to fix.
     */
    static void bakeIntoServed(Path project, Path work, int port, SiteStore store, Path served) throws Exception {
        Path scratch = Files.createTempDirectory(work, "pages");
        List<String> problems = previewBakeInto(project, scratch, port, store, listsOff());
        List<Path> rendered = List.of();
        if (problems.isEmpty()) {
            try (Stream<Path> files = Files.walk(scratch)) {
                rendered = files.filter(f -> f.toString().endsWith(".html") || f.endsWith(SEARCH_INDEX)).toList();
            }
        }
        for (Path file : rendered) {
            Path target = served.resolve(scratch.relativize(file).toString());
            Files.createDirectories(target.getParent());
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        delete(scratch);
        tellEditor(problems, "Some pages could not be built (their last good version is still shown)");
    }

    /** JBake settings that leave out the site-wide lists (home, feed, archive, sitemap, tags, 404). */
    static Properties listsOff() {
        Properties extra = new Properties();
        for (String list : List.of("index", "feed", "archive", "sitemap", "tags", "error404")) {
            extra.setProperty("render." + list, "false");
        }
        return extra;
    }

    /**
     * The referral form as a PDF, from src/pdf/referral-form.adoc (which includes the same form as the web page) and
     * the clinic facts in jbake.properties, into OUT/physicians/referral-form/: asciidoctorj-pdf on JBake's own
     * AsciidoctorJ, in its own JRuby runtime. Loading asciidoctor-pdf alone takes JRuby 5 to 6 s, so the PDF, which is
     * byte-for-byte the same for the same inputs (`reproducible`), is kept in target/build-cache under a hash of
     * everything it is made from (pdfInputsHash) and drawn again only when one of those changes.
     */
    static void referralPdf(Path project, Path out) {
        try {
            Path dir = Files.createDirectories(out.resolve("physicians/referral-form"));
            Path pdf = dir.resolve("referral-form.pdf");
            Map<String, Object> attributes = pdfAttributes(project);
            Path cache = project.resolve("target/build-cache");
            Path cached = cache.resolve("referral-form-" + pdfInputsHash(project, attributes) + ".pdf");
            if (Files.isRegularFile(cached)) {
                Files.copy(cached, pdf, StandardCopyOption.REPLACE_EXISTING);
                System.out.println("Site.java: referral form PDF unchanged, from " + project.relativize(cached));
                return;
            }
            try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
                asciidoctor.convertFile(project.resolve("src/pdf/referral-form.adoc").toFile(), Options.builder()
                        .backend("pdf").safe(SafeMode.UNSAFE).mkDirs(true)
                        .attributes(Attributes.builder().attributes(attributes).build())
                        .toDir(dir.toFile()).build());
            }
            System.out.println("Site.java: referral form PDF drawn");
            Files.createDirectories(cache);
            try (Stream<Path> old = Files.list(cache)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith("referral-form-")).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Path partial = Files.createTempFile(cache, "referral-form", ".part");
            Files.copy(pdf, partial, StandardCopyOption.REPLACE_EXISTING);
            Files.move(partial, cached, StandardCopyOption.ATOMIC_MOVE); // never a half-written file under the key
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF's AsciiDoc attributes: its id style, `reproducible`, and the clinic facts from jbake.properties. */
    static Map<String, Object> pdfAttributes(Path project) throws IOException {
        Properties facts = new Properties();
        try (Reader reader = Files.newBufferedReader(project.resolve("jbake.properties"), StandardCharsets.ISO_8859_1)) {
            facts.load(reader);
        }
        Map<String, Object> attributes = new TreeMap<>();
        // Section ids as on the web page ("patient-details"). No dates in the file: builds are reproducible.
        attributes.put("idprefix", "");
        attributes.put("idseparator", "-");
        attributes.put("reproducible", "true");
        for (String key : List.of("clinic_name", "clinic_fax", "clinic_email", "clinic_physician_line",
                "clinic_phone")) {
            attributes.put(key, facts.getProperty(key.replaceFirst("_", ".")));
        }
        return attributes;
    }

    /**
     * SHA-256 (first 16 hex digits) of everything the referral PDF is made from: its attributes, the files under
     * src/pdf and content/_partials (names and bytes), this program (how it is drawn) and the classpath (the versions
     * of asciidoctorj-pdf and the fonts it embeds).
     */
    static String pdfInputsHash(Path project, Map<String, Object> attributes) throws IOException {
        MessageDigest sha = sha256();
        sha.update(attributes.toString().getBytes(StandardCharsets.UTF_8));
        sha.update(System.getProperty("java.class.path").getBytes(StandardCharsets.UTF_8));
        List<Path> inputs = new ArrayList<>();
        for (String folder : List.of("src/pdf", "content/_partials")) {
            try (Stream<Path> s = Files.walk(project.resolve(folder))) {
                inputs.addAll(s.filter(Files::isRegularFile).sorted().toList());
            }
        }
        Path program = project.resolve("src/build/Site.java");
        if (Files.exists(program)) { // absent only from the tests' fixture sites
            inputs.add(program);
        }
        for (Path input : inputs) {
            sha.update(project.relativize(input).toString().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(input));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Finishes a baked site for publishing (the public build only; the preview keeps drafts, with a banner):
     * 1. deletes drafts (JBake writes them as *-draft.html);
     * 2. writes an HTML redirect page at every old URL in the site's _redirects file, for static hosts that cannot
     *    send real 301s (GitHub Pages). Decision 0007.
     */
    static void finish(Path site, String baseUrl) throws IOException {
        List<Path> drafts;
        try (Stream<Path> files = Files.walk(site)) {
            drafts = files.filter(f -> f.getFileName().toString().endsWith("-draft.html")).toList();
        }
        for (Path draft : drafts) {
            Files.delete(draft);
        }
        Path rules = site.resolve("_redirects");
        List<String> lines = Files.exists(rules) ? Files.readAllLines(rules, StandardCharsets.UTF_8) : List.of();
        String base = baseUrl.replaceAll("/$", "");
        int written = 0;
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length < 2 || !parts[0].startsWith("/") || !parts[0].endsWith("/")) {
                continue;
            }
            Path page = site.resolve(parts[0].substring(1)).resolve("index.html");
            if (Files.exists(page)) {
                throw new IllegalStateException(parts[0] + " is both a page and a redirect; the bake should have refused this.");
            }
            Files.createDirectories(page.getParent());
            Files.writeString(page, redirectPage(parts[1], base + parts[1]), StandardCharsets.UTF_8);
            written++;
        }
        System.out.println("Site.java: removed " + drafts.size() + " draft(s), wrote " + written + " redirect page(s)");
    }

    /** A complete, valid page: instant refresh, canonical link, and a plain link for anyone the refresh misses. */
    static String redirectPage(String target, String canonical) {
        String t = target.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        String c = canonical.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
        return """
                <!DOCTYPE html>
                <html lang="en-US">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="0; url=%1$s">
                <meta name="robots" content="noindex">
                <title>This page has moved</title>
                <meta name="description" content="This page has moved to %1$s.">
                <link rel="canonical" href="%2$s">
                <meta property="og:url" content="%2$s">
                <link rel="stylesheet" href="/css/site.css">
                </head>
                <body>
                <a class="app-skip-link" href="#main">Skip to main content</a>
                <main id="main" class="app-main app-width-container" tabindex="-1">
                <h1>This page has moved</h1>
                <p><a href="%1$s">Go to the new page</a>.</p>
                </main>
                </body>
                </html>
                """.formatted(t, c);
    }

    /** A whole preview bake into a new folder: prints the editor-facing errors and still serves what did bake. */
    static Path previewBake(Path project, Path work, int port, SiteStore store) throws Exception {
        Path out = Files.createTempDirectory(work, "site");
        List<String> problems = previewBakeInto(project, out, port, store, new Properties());
        // What the Maven build adds beside JBake's output (fuse.js for the search page), unpacked by ./preview.
        copyTree(project.resolve("target/preview-vendor"), out);
        tellEditor(problems, "Some pages could not be built");
        return out;
    }

    /** A bake as the preview runs it (its own address, development mode); returns the editor-facing messages. */
    static List<String> previewBakeInto(Path project, Path out, int port, SiteStore store, Properties extra) {
        return bake(project, out, "http://localhost:" + port, "development", store, extra).problems();
    }

    /** Prints the editor-facing messages under a heading that says what happened, if there are any. */
    static void tellEditor(List<String> problems, String what) {
        if (!problems.isEmpty()) {
            System.out.println("\n*** " + what + ". Fix these, save, and the preview rebuilds: ***");
            problems.forEach(System.out::println);
        }
    }

    /** One bake of `project` into `out`, converting only what `store` does not already hold. */
    static Baked bake(Path project, Path out, String baseUrl, String mode, SiteStore store, Properties extra) {
        DefaultJBakeConfiguration config = new JBakeConfigurationFactory()
                .createDefaultJbakeConfiguration(project.toFile(), out.toFile(), false);
        Properties props = new Properties();
        props.setProperty("site.baseurl", baseUrl);
        props.setProperty("site.mode", mode);
        props.putAll(extra);
        config.addConfiguration(props);
        if (store.isNew()) { // a first bake converts every file; a kept store converts only the few that changed
            AheadParser.runAhead(config, project.resolve("content"));
        }
        Utensils utensils = UtensilsFactory.createDefaultUtensils(config);
        utensils.setContentStore(store);
        long[] crawl = new long[2]; // start and end of the crawl, for the timing line below
        utensils.setCrawler(new Crawler(store, config) {
            @Override
            public void crawl() {
                // Registered here, after JBake resets its extractors at the start of the bake. JBake hands a template
                // every extractor's value as a list (FreemarkerTemplateEngine): bake_memo[0].
                store.memo.startBake();
                ModelExtractors.getInstance().registerEngine(BakeMemo.NAME, (db, model, key) -> List.of(store.memo));
                crawl[0] = System.nanoTime();
                super.crawl();
                AheadParser.forgetUnasked(); // a later bake must never get a file's text as it was in this one
                crawl[1] = System.nanoTime();
            }
        });
        utensils.setRenderer(new Renderer(store, config));
        Oven oven = new Oven(utensils);
        long start = System.nanoTime();
        oven.bake();
        String phases = String.format("Site.java: JBake %.1f s: start %.1f s, reading content %.1f s, writing pages %.1f s",
                (System.nanoTime() - start) / 1e9, (crawl[0] - start) / 1e9, (crawl[1] - crawl[0]) / 1e9,
                (System.nanoTime() - crawl[1]) / 1e9);
        // A check in the templates stops a page with <#stop "message">. JBake passes it on as text, inside its own
        // messages and above FreeMarker's template stack ("----"): keep only the message an editor needs.
        List<String> problems = new ArrayList<>();
        for (Throwable t : oven.getErrors()) {
            String[] parts = String.valueOf(t.getMessage()).split("freemarker\\.core\\.StopException: ");
            for (int i = 1; i < parts.length; i++) {
                String text = parts[i].split("\n----")[0].strip();
                if (!problems.contains(text)) {
                    problems.add(text);
                }
            }
        }
        if (problems.isEmpty()) { // an engine error that is not one of our checks: show it whole
            oven.getErrors().forEach(t -> problems.add(String.valueOf(t)));
        }
        return new Baked(problems, phases);
    }

    /**
     * What a bake reports: the messages an editor needs ("... cannot be published:" and its "  - " lines; empty when
     * every page baked), and how long JBake's phases took.
     */
    record Baked(List<String> problems, String phases) {
    }

    /** The files that changed, appeared or went away between two snapshots. */
    static Set<String> changedFiles(Map<String, String> before, Map<String, String> now) {
        Set<String> changed = new HashSet<>(before.keySet());
        changed.addAll(now.keySet());
        changed.removeIf(f -> Objects.equals(before.get(f), now.get(f)));
        return changed;
    }

    /** The file extensions JBake converts as AsciiDoc. */
    static final List<String> ASCIIDOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");

    /** True for the file names JBake converts as AsciiDoc. */
    static boolean isAsciiDoc(String file) {
        int dot = file.lastIndexOf('.');
        return dot >= 0 && ASCIIDOC_EXTENSIONS.contains(file.substring(dot + 1));
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

    /**
     * JBake's content store, with three changes that leave the output byte-for-byte the same:
     * - Reads are answered once per bake. JBake renders each page after reading every document of its type, and the
     *   templates read every published document on each page: both cost the square of the page count (at 1,000
     *   articles, most of the bake). Any write forgets the answers; marking a page rendered is not a write that
     *   any page can see.
     * - It stays open from one preview bake to the next (JBake closes its store after each bake) and forgets
     *   documents whose file was deleted, so JBake's hash check converts only the files that changed.
     * - It hands every document to the renderer, not only those just converted, so each bake writes the whole site;
     *   or, when only the text of some articles changed (Site.bodiesOnly), just those pages; the search index later.
     */
    static final class SiteStore extends ContentStore {
        private static int generation;
        private final Map<String, DocumentList<DocumentModel>> allByType = new HashMap<>();
        private final Map<String, DocumentList<DocumentModel>> publishedByType = new HashMap<>();
        private boolean open;
        private Set<String> renderOnly;
        final BakeMemo memo = new BakeMemo();
        private boolean renderSearchIndex;

        SiteStore() {
            super("memory", "site" + (++generation));
        }

        @Override
        public void startup() {
            if (!open) {
                super.startup();
                open = true;
                return;
            }
            for (String type : DocumentTypes.getDocumentTypes()) {
                for (DocumentModel doc : getAllContent(type)) {
                    if (doc.getFile() != null && !Files.exists(Path.of(doc.getFile()))) {
                        deleteContent(doc.getSourceuri());
                    }
                }
            }
        }

        /** True until the first bake has started it: it holds no documents yet. */
        boolean isNew() {
            return !open;
        }

        @Override
        public DocumentList<DocumentModel> getAllContent(String type) {
            return allByType.computeIfAbsent(type, super::getAllContent);
        }

        @Override
        public DocumentList<DocumentModel> getPublishedContent(String type) {
            return publishedByType.computeIfAbsent(type, super::getPublishedContent);
        }

        @Override
        public DocumentList<DocumentModel> getUnrenderedContent() {
            DocumentList<DocumentModel> all = new DocumentList<>();
            for (String type : DocumentTypes.getDocumentTypes()) {
                all.addAll(super.getAllContent(type)); // fresh copies: the renderer adds previous/next to each
            }
            all.removeIf(doc -> !Boolean.TRUE.equals(doc.get("cached"))); // data files: never pages
            if (renderOnly != null) {
                all.removeIf(doc -> !renderOnly.contains(doc.getFile())
                        && !(renderSearchIndex && "searchindex".equals(doc.getType())));
            }
            return all;
        }

        /** The files whose pages the next bake renders, and whether the search index too; null for every page. */
        void renderOnly(Set<String> files, boolean searchIndex) {
            renderOnly = files;
            renderSearchIndex = searchIndex;
        }

        @Override
        public void addDocument(DocumentModel document) {
            forgetAnswers();
            super.addDocument(document);
        }

        @Override
        public void deleteContent(String uri) {
            forgetAnswers();
            super.deleteContent(uri);
        }

        @Override
        public void deleteAllByDocType(String docType) {
            forgetAnswers();
            super.deleteAllByDocType(docType);
        }

        @Override
        public void close() {
            forgetAnswers(); // kept open for the next bake; see forget()
        }

        private void forgetAnswers() {
            allByType.clear();
            publishedByType.clear();
        }

        /** Closes the store for good (its memory database goes with it). */
        void forget() {
            forgetAnswers();
            super.close();
        }
    }

    /**
     * What the templates work out once and read many times. In a template, bake_memo[0]("key") is the kept value or
     * nothing, and bake_memo[0]("key", value) keeps the value and returns it. A value is kept for one bake (so
     * util.pagesByPath, a pass over every page, is made once per bake, not once per page: at 1,000 articles that was
     * most of the bake), or, when its key starts with "doc:" and holds everything the value is made from (such as a
     * source file's SHA-1), for as long as the content store lives: the preview's search index then works out again
     * only the entries of the pages that changed. Each SiteStore has its own; a change to templates, data, partials or
     * jbake.properties starts a new store. Fixture bakes in the tests run JBake without it: the templates then work
     * every value out where it is needed.
     */
    static final class BakeMemo implements TemplateMethodModelEx {
        static final String NAME = "bake_memo";
        private final Map<String, TemplateModel> values = new ConcurrentHashMap<>();

        @Override
        public Object exec(List arguments) throws TemplateModelException {
            String key = String.valueOf(arguments.get(0));
            if (arguments.size() == 2) {
                values.put(key, (TemplateModel) arguments.get(1));
            }
            return values.get(key);
        }

        /** Forgets every value kept for one bake only. */
        void startBake() {
            values.keySet().removeIf(key -> !key.startsWith("doc:"));
        }
    }

    /**
     * JBake's AsciiDoc engine, run ahead on every core. JBake converts one file at a time through one Asciidoctor
     * (at 1,000 articles, 16 s on one of two cores). Before the crawl, runAhead hands every AsciiDoc page under content/
     * to a pool that parses it with JBake's own engine; the crawler still asks for one file at a time, in its own
     * order, and gets exactly what that engine made of it (an exception included). A file not run ahead is parsed
     * when asked, as before. AsciidoctorJ converts on one instance from several threads (asciidoctorj#1158, fixed in
     * 2.5.x); the first file is converted alone, so that JRuby has loaded Asciidoctor before the threads share it,
     * and meanwhile JBake starts its database on the main thread.
     */
    static final class AheadParser implements ParserEngine {
        private static AheadParser installed;
        private static final ExecutorService POOL = Executors.newFixedThreadPool(
                Runtime.getRuntime().availableProcessors(), task -> {
                    Thread t = new Thread(task, "asciidoc-ahead");
                    t.setDaemon(true);
                    return t;
                });

        private final ParserEngine stock;
        private final Map<File, CompletableFuture<DocumentModel>> ahead = new ConcurrentHashMap<>();

        private AheadParser(ParserEngine stock) {
            this.stock = stock;
        }

        /** Starts parsing every AsciiDoc page JBake will crawl under `content`, and stands in for JBake's engine. */
        static void runAhead(JBakeConfiguration config, Path content) {
            if (installed == null) {
                installed = new AheadParser(Engines.get(ASCIIDOC_EXTENSIONS.get(0)));
                ASCIIDOC_EXTENSIONS.forEach(ext -> Engines.register(ext, installed));
            }
            installed.ahead.clear();
            List<File> files = new ArrayList<>();
            pages(content.toFile(), files);
            if (files.isEmpty()) {
                return;
            }
            CompletableFuture<DocumentModel> first = CompletableFuture.supplyAsync(
                    () -> installed.stock.parse(config, files.get(0)), POOL);
            installed.ahead.put(files.get(0), first);
            for (File file : files.subList(1, files.size())) {
                installed.ahead.put(file, first.handle((done, failed) -> null)
                        .thenApplyAsync(ignored -> installed.stock.parse(config, file), POOL));
            }
        }

        /** Drops what was parsed ahead but not asked for: nothing is kept from one bake to the next. */
        static void forgetUnasked() {
            if (installed != null) {
                installed.ahead.clear();
            }
        }

        /** The AsciiDoc files JBake's crawler reads: not hidden, not in a folder holding a .jbakeignore. */
        private static void pages(File dir, List<File> into) {
            File[] children = dir.listFiles();
            if (children == null || new File(dir, ".jbakeignore").exists()) {
                return;
            }
            Arrays.sort(children);
            for (File child : children) {
                if (child.getName().startsWith(".")) {
                    continue;
                }
                if (child.isDirectory()) {
                    pages(child, into);
                } else if (isAsciiDoc(child.getName())) {
                    into.add(child);
                }
            }
        }

        @Override
        public DocumentModel parse(JBakeConfiguration config, File file) {
            CompletableFuture<DocumentModel> result = ahead.remove(file);
            if (result == null) {
                return stock.parse(config, file);
            }
            try {
                return result.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException r) {
                    throw r;
                }
                throw e;
            }
        }

        @Override
        @SuppressWarnings("deprecation") // JBake's interface still declares it; the crawler never calls it
        public Map<String, Object> parse(org.apache.commons.configuration2.Configuration config, File file,
                String contentPath) {
            return stock.parse(config, file, contentPath); // JBake's older entry point, unused by the crawler
        }
    }

    /** Last-modified time and size of every watched file: equal snapshots mean nothing changed. */
    static Map<String, String> snapshot(Path project) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (String name : WATCHED) {
            Path root = project.resolve(name);
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    files.put(p.toString(), Files.getLastModifiedTime(p).toMillis() + ":" + Files.size(p));
                }
            } catch (IOException | java.io.UncheckedIOException e) {
                files.put(root + "#unreadable", String.valueOf(System.nanoTime())); // a file vanished mid-walk: look again
            }
        }
        return files;
    }

    /** Clean URLs like the real hosts: /x/ serves x/index.html (or its draft), /x redirects to /x/, else 404.html. */
    static void serve(HttpExchange exchange, Path root) throws IOException {
        String path = exchange.getRequestURI().getPath();
        Path file = root.resolve(path.substring(1)).normalize();
        int status = 200;
        if (!file.startsWith(root)) {
            file = root.resolve("404.html");
            status = 404;
        } else if (Files.isDirectory(file)) {
            if (!path.endsWith("/")) {
                exchange.getResponseHeaders().set("Location", path + "/");
                exchange.sendResponseHeaders(301, -1);
                exchange.close();
                return;
            }
            Path index = file.resolve("index.html");
            file = Files.exists(index) ? index : file.resolve("index-draft.html");
        }
        if (!Files.isRegularFile(file)) {
            file = root.resolve("404.html");
            status = 404;
        }
        String name = file.getFileName().toString();
        String type = name.endsWith(".html") ? "text/html; charset=utf-8"
                : name.endsWith(".css") ? "text/css; charset=utf-8"
                : name.endsWith(".js") || name.endsWith(".mjs") ? "text/javascript; charset=utf-8"
                : name.endsWith(".json") ? "application/json"
                : name.endsWith(".svg") ? "image/svg+xml"
                : name.endsWith(".xml") ? "application/xml"
                : name.endsWith(".pdf") ? "application/pdf"
                : name.endsWith(".ico") ? "image/x-icon"
                : name.endsWith(".png") ? "image/png"
                : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                : "text/plain; charset=utf-8";
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream o = exchange.getResponseBody()) {
            o.write(body);
        }
    }

    /** Copies every file under `from` to the same place under `to`; nothing when `from` does not exist. */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void delete(Path dir) throws IOException {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
