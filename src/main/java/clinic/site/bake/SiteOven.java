package clinic.site.bake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;

import org.apache.commons.lang3.LocaleUtils;
import org.jbake.app.Utensils;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationInspector;
import org.jbake.model.DocumentTypes;
import org.jbake.render.DocumentsRenderer;
import org.jbake.render.RenderingTool;
import org.jbake.template.ModelExtractors;
import org.jbake.template.ModelExtractorsDocumentTypeListener;
import org.jbake.template.RenderingException;

/**
 * JBake 2.7's Oven.bake(), step for step, for a SiteStore: the same configuration check, locale, document types,
 * template check, crawl of content and data files, rendering tools (found as JBake finds them; the documents one
 * writes on every core, ParallelDocumentsRenderer) and copy of assets,
 * with the errors collected the same way. JBake's own Oven cannot bake without OrientDB: between starting the store
 * and crawling it calls ContentStore.updateSchema, which is final and creates OrientDB's classes (decision 0037).
 */
final class SiteOven {
    private final Utensils utensils;
    private final List<Throwable> errors = new ArrayList<>();

    SiteOven(Utensils utensils) {
        new JBakeConfigurationInspector(utensils.getConfiguration()).inspect(); // folders exist, output writable
        if (!(utensils.getContentStore() instanceof SiteStore)) {
            throw new IllegalArgumentException("SiteOven bakes with a SiteStore only");
        }
        this.utensils = utensils;
    }

    void bake() {
        JBakeConfiguration config = utensils.getConfiguration();
        SiteStore store = (SiteStore) utensils.getContentStore();
        String locale = config.getJvmLocale();
        Locale.setDefault(locale != null ? LocaleUtils.toLocale(locale) : Locale.getDefault());
        try {
            store.startup();
            DocumentTypes.resetDocumentTypes();
            ModelExtractors.getInstance().reset();
            DocumentTypes.addListener(new ModelExtractorsDocumentTypeListener());
            for (String type : config.getDocumentTypes()) {
                DocumentTypes.addDocumentType(type);
            }
            DocumentTypes.addDocumentType(config.getDataFileDocType()); // data files are typed apart from content
            store.updateAndClearCacheIfNeeded(config.getClearCache(), config.getTemplateFolder());
            utensils.getCrawler().crawl();
            utensils.getCrawler().crawlDataFiles();
            for (RenderingTool found : ServiceLoader.load(RenderingTool.class)) {
                // JBake's documents renderer writes one page at a time: the pages are written on every core instead.
                RenderingTool tool = found instanceof DocumentsRenderer ? new ParallelDocumentsRenderer() : found;
                try {
                    tool.render(utensils.getRenderer(), store, config);
                } catch (RenderingException e) {
                    errors.add(e);
                }
            }
            utensils.getAsset().copy();
            utensils.getAsset().copyAssetsFromContent(config.getContentFolder());
            errors.addAll(utensils.getAsset().getErrors());
        } finally {
            store.close();
        }
    }

    /** What failed in rendering or copying assets, as JBake's Oven.getErrors() reports it. */
    List<Throwable> getErrors() {
        return List.copyOf(errors);
    }
}
