package clinic.site.ci;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Build problems as GitHub Actions sees them: when the bake runs in a workflow (GITHUB_ACTIONS=true), every problem
 * becomes an error annotation on its file and line of the pull request (a `::error file=...,line=...::` workflow
 * command on standard output) and the job summary ($GITHUB_STEP_SUMMARY) lists them in plain words. Elsewhere nothing
 * changes: editors read the same messages in the terminal.
 * <p>
 * It reads the lines the engine prints: `content/x/index.adoc:5: message` (file and line), and the older block form
 * `content/x/index.adoc cannot be published:` followed by `  - message` lines (file only). Any other line becomes an
 * annotation without a place, so nothing is lost.
 */
public final class GithubAnnotations {

    private static final Pattern FILE_LINE = Pattern.compile("^([\\w./-]+\\.[\\w]+):(\\d+): (.+)$");
    private static final Pattern BLOCK_HEAD = Pattern.compile("^(.+?) cannot be published:$");
    private static final Pattern BLOCK_ITEM = Pattern.compile("^\\s+- (.+)$");
    private static final Pattern LEADING_FILE = Pattern.compile("^((?:content|data|templates|assets|src)/\\S+?)[: ]");

    private GithubAnnotations() {
    }

    /** One problem at a place: file and line may be null. */
    public record Problem(String file, Integer line, String message) {
    }

    /** Prints the annotations and writes the summary when running in GitHub Actions; otherwise does nothing. */
    public static void report(List<String> problems, Map<String, String> env) {
        if (!"true".equals(env.get("GITHUB_ACTIONS"))) {
            return;
        }
        List<Problem> parsed = parse(problems);
        parsed.forEach(p -> System.out.println(command(p)));
        String summaryFile = env.get("GITHUB_STEP_SUMMARY");
        if (summaryFile != null && !summaryFile.isBlank()) {
            try {
                Files.writeString(Path.of(summaryFile), summary(parsed), StandardCharsets.UTF_8,
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The problems in the engine's messages, one per message line. */
    public static List<Problem> parse(List<String> messages) {
        List<Problem> result = new ArrayList<>();
        for (String message : messages) {
            String blockFile = null;
            for (String line : message.split("\\R")) {
                Matcher m;
                if (line.isBlank()) {
                    continue;
                } else if ((m = FILE_LINE.matcher(line)).matches()) {
                    result.add(new Problem(m.group(1), Integer.valueOf(m.group(2)), m.group(3).strip()));
                } else if ((m = BLOCK_HEAD.matcher(line)).matches()) {
                    // "content/x/index.adoc cannot be published:" names a file; "The site cannot be published:" does not.
                    blockFile = LEADING_FILE.matcher(m.group(1) + " ").lookingAt() ? m.group(1) : null;
                } else if ((m = BLOCK_ITEM.matcher(line)).matches()) {
                    String text = m.group(1).strip();
                    Matcher lead = LEADING_FILE.matcher(text);
                    result.add(new Problem(blockFile != null ? blockFile : lead.find() ? lead.group(1) : null, null, text));
                } else {
                    result.add(new Problem(null, null, line.strip()));
                }
            }
        }
        return result;
    }

    /** The workflow command for one problem, escaped as GitHub's toolkit does (%, CR, LF; and : , in properties). */
    public static String command(Problem p) {
        StringBuilder properties = new StringBuilder();
        if (p.file() != null) {
            properties.append(" file=").append(property(p.file()));
            if (p.line() != null) {
                properties.append(",line=").append(p.line());
            }
        }
        return "::error" + properties + "::" + data(p.message());
    }

    /** The job summary: what to fix, in plain words, as Markdown. */
    public static String summary(List<Problem> problems) {
        StringBuilder b = new StringBuilder("## The site was not built\n\n")
                .append(problems.size() == 1 ? "One problem stops" : problems.size() + " problems stop")
                .append(" the build. Fix ").append(problems.size() == 1 ? "it" : "them").append(", commit, and the build runs again. Each is also marked on its file in the pull request's \"Files changed\" tab.\n\n");
        for (Problem p : problems) {
            b.append("- ");
            if (p.file() != null) {
                b.append('`').append(p.file()).append('`').append(p.line() != null ? ", line " + p.line() : "").append(": ");
            }
            b.append(p.message().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append('\n');
        }
        return b.append('\n').toString();
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
