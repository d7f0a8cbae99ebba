package clinic.site.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import clinic.site.content.Page;

/**
 * The site's addresses as links see them: which are published pages, and, for one that is not, why, said so that
 * the editor goes to the file at fault. A link to a page that is a draft, or whose own file has a mistake (a
 * mistyped type, an unknown status), names that file, so one mistake does not read as several.
 */
public final class Addresses {
    private final Set<String> live = new TreeSet<>();
    private final Map<String, Page> unpublished = new HashMap<>();

    private Addresses() {
    }

    /** The addresses of `pages` (every page source read, published or not). */
    public static Addresses of(List<Page> pages) {
        Addresses a = new Addresses();
        pages.stream().filter(Page::isPublishedPage).forEach(p -> a.live.add(p.sitePath()));
        pages.stream().filter(p -> !a.live.contains(p.sitePath())).forEach(p -> a.unpublished.putIfAbsent(p.sitePath(), p));
        return a;
    }

    /** Only these published addresses, with no other page sources (for tests of single rules). */
    public static Addresses only(Set<String> published) {
        Addresses a = new Addresses();
        a.live.addAll(published);
        return a;
    }

    /** True for the address of a published page. */
    public boolean isLive(String address) {
        return live.contains(address);
    }

    /**
     * The end of a message about a link to an address that is not a published page, from "which": the draft or the
     * file with a mistake behind it, else `check` (where to look) and the published address it most likely meant.
     */
    public String whyNot(String address, String check) {
        Page page = unpublished.get(address);
        if (page != null && "draft".equals(page.status())) {
            return "which is still a draft (" + page.source().path() + "): publish it first, or take the link out.";
        }
        if (page != null) {
            return "which is not published because " + page.source().path() + " has a mistake of its own (listed"
                    + " with it): fix that file first.";
        }
        String guess = Closest.to(address, live);
        return "which is not a published page. " + check + (guess == null ? "." : ": did you mean " + guess + "?");
    }

    /** Everything the messages depend on, one line each in a stable order (for the preview's kept body checks). */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        live.forEach(a -> lines.add("live " + a));
        new TreeMap<>(unpublished).forEach((a, page) -> lines.add("unpublished " + a + " " + page.source().path() + " "
                + page.status()));
        return lines;
    }

    /** The source file at an address that is not published (a draft, or a file with a mistake), or null. */
    Page unpublished(String address) {
        return unpublished.get(address);
    }
}
