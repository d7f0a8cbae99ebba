package clinic.site.bake;

import java.util.function.BooleanSupplier;

import org.jbake.app.ContentStore;
import org.jbake.app.Renderer;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * JBake's renderer, which writes nothing once the bake is refused: the validation rules of the converted bodies run
 * between JBake's crawl and its rendering (Bake), and a site with a problem is not built at all, not in part.
 */
final class RefusingRenderer extends Renderer {
    private final BooleanSupplier refused;

    RefusingRenderer(ContentStore store, JBakeConfiguration config, BooleanSupplier refused) {
        super(store, config);
        this.refused = refused;
    }

    @Override
    public void render(DocumentModel content) throws Exception {
        if (!refused.getAsBoolean()) {
            super.render(content);
        }
    }

    @Override
    public void renderIndex(String indexFile) throws Exception {
        if (!refused.getAsBoolean()) {
            super.renderIndex(indexFile);
        }
    }

    @Override
    public void renderIndexPaging(String indexFile) throws Exception {
        if (!refused.getAsBoolean()) {
            super.renderIndexPaging(indexFile);
        }
    }

    @Override
    public void renderSitemap(String sitemapFile) throws Exception {
        if (!refused.getAsBoolean()) {
            super.renderSitemap(sitemapFile);
        }
    }

    @Override
    public void renderFeed(String feedFile) throws Exception {
        if (!refused.getAsBoolean()) {
            super.renderFeed(feedFile);
        }
    }

    @Override
    public void renderArchive(String archiveFile) throws Exception {
        if (!refused.getAsBoolean()) {
            super.renderArchive(archiveFile);
        }
    }

    @Override
    public void renderError404(String errorFile) throws Exception {
        if (!refused.getAsBoolean()) {
            super.renderError404(errorFile);
        }
    }

    @Override
    public int renderTags(String tagPath) throws Exception {
        return refused.getAsBoolean() ? 0 : super.renderTags(tagPath);
    }
}
