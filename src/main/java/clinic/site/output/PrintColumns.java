package clinic.site.output;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import clinic.site.asciidoc.TableColumns;

/**
 * The column widths a document keeps for paper (clinic.site.asciidoc.TableColumns: a table's class
 * app-print-cols-33-67 holds its percentages) as print rules, which Stylesheet adds to /css/print.css. The page itself
 * may carry no inline width (the Content-Security-Policy), so without these a browser prints every column the same
 * width and a long question squeezes its answer cell; the referral PDF reads the same print.css (form review S12,
 * FORM-1).
 */
public final class PrintColumns {

    private PrintColumns() {
    }

    private static final Pattern WIDTHS = Pattern.compile(Pattern.quote(TableColumns.PRINT_ROLE) + "(-\\d{1,3})+");

    /** Every column-width class in the pages' bodies, sorted (the stylesheet is the same whatever the pages' order). */
    public static Set<String> classes(Collection<String> bodies) {
        Set<String> found = new TreeSet<>();
        for (String body : bodies) {
            if (!body.contains(TableColumns.PRINT_ROLE + "-")) {
                continue; // most pages: no need to parse them
            }
            for (Element table : Jsoup.parseBodyFragment(body).select("table")) {
                table.classNames().stream().filter(c -> WIDTHS.matcher(c).matches()).forEach(found::add);
            }
        }
        return found;
    }

    /**
     * The print rules for those classes: a fixed layout (the widths hold whatever the cells hold) and each column's
     * percentage. Empty when no page keeps widths.
     */
    public static String rules(Set<String> classes) {
        if (classes.isEmpty()) {
            return "";
        }
        StringBuilder css = new StringBuilder("@media print {\n");
        for (String name : classes) {
            css.append("  table.").append(name).append(" { table-layout: fixed; }\n");
            String[] widths = name.substring(TableColumns.PRINT_ROLE.length() + 1).split("-");
            for (int i = 0; i < widths.length; i++) {
                css.append("  table.").append(name).append(" > colgroup > col:nth-child(").append(i + 1)
                        .append(") { width: ").append(widths[i]).append("%; }\n");
            }
        }
        return css.append("}\n").toString();
    }
}
