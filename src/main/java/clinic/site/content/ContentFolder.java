package clinic.site.content;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Every file under content/ that JBake's crawler looks at: all of them but the folders holding a .jbakeignore
 * (content/_partials: fragments that pages include). The validation rules see each one, pages or not, so that no
 * file is dropped without a word.
 */
public final class ContentFolder {

    private ContentFolder() {
    }

    /** The file extensions JBake converts as AsciiDoc. */
    public static final List<String> ASCIIDOC_EXTENSIONS = List.of("adoc", "asciidoc", "ad");

    /** True for the file names JBake converts as AsciiDoc. */
    public static boolean isAsciiDoc(String file) {
        int dot = file.lastIndexOf('.');
        return dot >= 0 && ASCIIDOC_EXTENSIONS.contains(file.substring(dot + 1));
    }

    /** Every file under `project`/content outside ignored folders, in a stable order. */
    public static List<Path> files(Path project) {
        List<Path> into = new ArrayList<>();
        walk(project.resolve("content").toFile(), into);
        return into;
    }

    private static void walk(File dir, List<Path> into) {
        File[] children = dir.listFiles();
        if (children == null || new File(dir, ".jbakeignore").exists()) {
            return;
        }
        Arrays.sort(children);
        for (File child : children) {
            if (child.isDirectory()) {
                walk(child, into);
            } else {
                into.add(child.toPath());
            }
        }
    }
}
