package clinic.site.figures;

import java.util.List;
import java.util.Map;

import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * `figure::infusion-timeline[]`: places one of the site's figures. It only marks the place (an empty passthrough
 * block named by its FIGURE attribute); DrawFigures draws it once the whole page is read, because a figure may cite
 * the page's references, which come after it.
 */
@Name("figure")
public class FigureMacro extends BlockMacroProcessor {

    /** The attribute of the passthrough block that holds the figure's name. */
    static final String FIGURE = "app-figure";

    @Override
    public Object process(StructuralNode parent, String target, Map<String, Object> attributes) {
        // With the source map on, Asciidoctor records this block's file and line as it takes the block (after this
        // method returns), so a mistake in the figure can name the line of figure::...[] in the page.
        parent.getDocument().setSourcemap(true);
        return createBlock(parent, "pass", List.of(), Map.of(FIGURE, target));
    }
}
