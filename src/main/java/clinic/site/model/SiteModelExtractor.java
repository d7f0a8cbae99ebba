package clinic.site.model;

import java.util.List;
import java.util.Map;

import org.jbake.app.ContentStore;
import org.jbake.template.ModelExtractor;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * Hands the templates the SiteModel as `site_model`. Registered the way JBake documents for extractors:
 * src/main/resources/META-INF/org.jbake.template.ModelExtractors.properties, which JBake's ModelExtractors reads from
 * the classpath (beside its own, in jbake-core's jar) each time a bake starts, making a new instance: so a model is
 * made at most once per bake, when the first page asks for it, whatever the content store (the build's SiteStore,
 * stock JBake's in BakeCommandTest).
 * JBake's FreeMarker engine hands templates every extractor's value as a list (all but alltags and published_date),
 * so the value is a one-item list: templates/lib/util.ftl reads it once, as `site`. The model is wrapped here, with
 * FreeMarker's current object wrapper, so that templates read a record's components as properties (`page.title`)
 * and its lists without copies; JBake's own wrapper dates from FreeMarker 2.3.0 and does neither.
 */
public final class SiteModelExtractor implements ModelExtractor<List<TemplateModel>> {
    private static final DefaultObjectWrapper WRAPPER =
            new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build();
    private ContentStore madeFor;
    private TemplateModel made;

    @Override
    @SuppressWarnings("unchecked")
    public synchronized List<TemplateModel> get(ContentStore db, Map model, String key) {
        if (made == null || madeFor != db) {
            try {
                made = WRAPPER.wrap(SiteModel.of(db, (Map<String, Object>) model.get("config")));
            } catch (TemplateModelException e) {
                throw new IllegalStateException("the site model cannot be handed to the templates", e);
            }
            madeFor = db;
        }
        return List.of(made);
    }
}
