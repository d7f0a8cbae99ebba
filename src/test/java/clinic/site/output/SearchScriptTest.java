package clinic.site.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import clinic.site.support.BakedSite;

/**
 * The search page's script (assets/js/search.js) holds the crisis answer, so it must load on every phone that runs
 * modules: its syntax is ES2018's. A browser that runs modules (2017 on) but not ES2020 cannot read a module with
 * optional chaining (a?.b) or nullish coalescing (a ?? b, a ??= b) at all, and would lose the crisis answer with the
 * results. Newer library calls fail only where they run, so they are left to the code that needs them.
 */
class SearchScriptTest {

    /** ES2020 syntax, outside comments: ?. (but not the ternary "? .5"), ?? and ??=. */
    private static final Pattern NEWER = Pattern.compile("\\?\\.(?!\\d)|\\?\\?");
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|(?m)^\\s*//.*$", Pattern.DOTALL);

    static List<String> newerSyntax(String script) {
        String code = COMMENT.matcher(script).replaceAll(m -> m.group().replaceAll("[^\\n]", " "));
        List<String> found = new ArrayList<>();
        Matcher m = NEWER.matcher(code);
        while (m.find()) {
            int line = 1 + (int) code.substring(0, m.start()).chars().filter(c -> c == '\n').count();
            found.add("line " + line + ": " + m.group());
        }
        return found;
    }

    @Test
    void the_search_script_has_no_syntax_newer_than_es2018() throws IOException {
        String script = Files.readString(BakedSite.project().resolve("assets/js/search.js"));
        assertEquals(List.of(), newerSyntax(script));
    }

    @Test
    void the_check_finds_each_newer_form_and_ignores_comments_and_the_ternary() {
        assertEquals(List.of("line 1: ?.", "line 2: ??", "line 3: ??"),
                newerSyntax("a?.b;\nc ?? d;\ne ??= f;\n/* g?.h ?? i */\n// j ?? k\nx = y ? .5 : 1;"));
    }
}
