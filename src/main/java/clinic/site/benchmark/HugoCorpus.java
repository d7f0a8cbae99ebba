package clinic.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark's peer: a Hugo site of N Markdown pages with the same words, sections, lists, tables, links and
 * references as BenchmarkCorpus's N AsciiDoc articles (each article converted line by line: the synthetic articles use
 * a small, fixed set of AsciiDoc forms), and a small page template with a header, breadcrumbs, the page and a list of
 * related links, so Hugo does comparable work per page. scripts/benchmark times `hugo` on it in the same run as our
 * bake and prints our time as a ratio to Hugo's.
 * Usage: java -cp target/classes clinic.site.benchmark.HugoCorpus <count> <site folder> [today as yyyy-MM-dd]
 */
public final class HugoCorpus {

    private HugoCorpus() {
    }

    static final Pattern XREF = Pattern.compile("<<([a-z0-9]+)>>");
    static final Pattern LINK = Pattern.compile("link:(/[^\\[]*)\\[([^\\]]*)\\]");
    static final Pattern DOI = Pattern.compile("(https://doi\\.org/\\S+)\\[([^\\]]*)\\]");
    static final Pattern ANCHOR = Pattern.compile("^\\* \\[\\[\\[([a-z0-9]+),([^\\]]*)\\]\\]\\] ");

    public static void main(String[] args) throws IOException {
        CorpusArguments arguments = CorpusArguments.parse("HugoCorpus", "site folder", args);
        int count = arguments.count();
        Path site = arguments.folder();
        LocalDate today = arguments.today();
        Files.createDirectories(site.resolve("layouts/_default"));
        Files.writeString(site.resolve("config.toml"), """
                baseURL = "http://localhost/"
                languageCode = "en-us"
                title = "Benchmark clinic"
                disableKinds = ["taxonomy", "term", "RSS"]
                [markup.goldmark.renderer]
                unsafe = false
                """);
        Files.writeString(site.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en-US"><head><meta charset="utf-8"><title>{{ .Title }}</title>
                <meta name="description" content="{{ .Description }}"><link rel="canonical" href="{{ .Permalink }}"></head>
                <body><a href="#main">Skip to main content</a><header><a href="/">Benchmark clinic</a></header>
                <nav aria-label="Breadcrumb"><ol>{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ol></nav>
                <main id="main">{{ block "main" . }}{{ end }}</main><footer>Call or text 988.</footer></body></html>
                """);
        Files.writeString(site.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .TableOfContents }}{{ .Content }}
                <p>Last reviewed {{ .Params.reviewed }}</p>
                <ul>{{ range first 3 (where .Site.RegularPages "Section" .Section) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        Files.writeString(site.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Description }}</li>{{ end }}</ul>{{ end }}
                """);
        for (int i = 1; i <= count; i++) {
            Path file = site.resolve("content/patients").resolve(BenchmarkCorpus.slug(i)).resolve("index.md");
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown(BenchmarkCorpus.article(i, count, today)), StandardCharsets.UTF_8);
        }
        System.out.println("generated " + count + " Markdown pages in " + site);
    }

    /** One synthetic AsciiDoc article as Markdown with YAML front matter. */
    static String markdown(String adoc) {
        String[] parts = adoc.split("\n~~~~~~\n", 2);
        StringBuilder md = new StringBuilder("---\n");
        for (String line : parts[0].split("\n")) {
            int eq = line.indexOf('=');
            md.append(line, 0, eq).append(": \"").append(line.substring(eq + 1).replace("\"", "'")).append("\"\n");
        }
        md.append("---\n");
        List<String> table = new ArrayList<>();
        boolean inTable = false;
        for (String line : parts[1].split("\n", -1)) {
            if (line.equals("|===")) {
                if (inTable) {
                    md.append("| ").append(table.get(0)).append(" | ").append(table.get(1)).append(" |\n|---|---|\n");
                    for (int k = 2; k + 1 < table.size(); k += 2) {
                        md.append("| ").append(table.get(k)).append(" | ").append(table.get(k + 1)).append(" |\n");
                    }
                    table.clear();
                }
                inTable = !inTable;
                continue;
            }
            if (inTable) {
                for (String cell : line.split("\\|")) {
                    if (!cell.isBlank()) {
                        table.add(inline(cell.strip()));
                    }
                }
                continue;
            }
            if (line.startsWith("[cols") || line.equals("[bibliography]")) {
                continue;
            }
            Matcher anchor = ANCHOR.matcher(line);
            String out;
            if (line.startsWith("=== ")) {
                out = "### " + line.substring(4);
            } else if (line.startsWith("== ")) {
                out = "## " + line.substring(3);
            } else if (line.startsWith("** ")) {
                out = "  - " + inline(line.substring(3));
            } else if (anchor.find()) {
                out = "- <span id=\"" + anchor.group(1) + "\"></span>[" + anchor.group(2) + "] " + inline(line.substring(anchor.end()));
            } else if (line.startsWith("* ")) {
                out = "- " + inline(line.substring(2));
            } else if (line.startsWith(". ")) {
                out = "1. " + inline(line.substring(2));
            } else if (line.startsWith(".") && !line.startsWith("..")) {
                out = "**" + line.substring(1) + "**";
            } else if (line.startsWith("NOTE: ") || line.startsWith("IMPORTANT: ")) {
                out = "> **" + line.substring(0, line.indexOf(':')) + ":** " + inline(line.substring(line.indexOf(':') + 2));
            } else if (line.contains(":: ")) {
                out = "**" + line.substring(0, line.indexOf("::")) + "**: " + inline(line.substring(line.indexOf(":: ") + 3));
            } else {
                out = inline(line);
            }
            md.append(out).append('\n');
        }
        return md.toString();
    }

    /** Inline AsciiDoc of the synthetic articles as Markdown: cross references, links, DOIs and attributes. */
    static String inline(String text) {
        String t = XREF.matcher(text).replaceAll("[$1](#$1)");
        t = LINK.matcher(t).replaceAll("[$2]($1)");
        t = DOI.matcher(t).replaceAll("[$2]($1)");
        return t.replace("{clinic_name}", "the clinic").replace("{clinic_phone}", "(212) 555-0100")
                .replace("{clinic_hours}", "Monday to Friday, 8:00 am to 5:00 pm");
    }
}
