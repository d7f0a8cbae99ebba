package clinic.site.bake;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * What the templates work out once and read many times. In a template, bake_memo[0]("key") is the kept value or
 * nothing, and bake_memo[0]("key", value) keeps the value and returns it. A value is kept for one bake (so
 * util.pagesByPath, a pass over every page, is made once per bake, not once per page: at 1,000 articles that was
 * most of the bake), or, when its key starts with "doc:" and holds everything the value is made from (such as a
 * source file's SHA-1), for as long as the content store lives: the preview's search index then works out again
 * only the entries of the pages that changed. Each SiteStore has its own; a change to templates, data, partials or
 * jbake.properties starts a new store. Fixture bakes in the tests run JBake without it: the templates then work
 * every value out where it is needed.
 */
public final class BakeMemo implements TemplateMethodModelEx {
    static final String NAME = "bake_memo";
    private final Map<String, TemplateModel> values = new ConcurrentHashMap<>();

    @Override
    public Object exec(List arguments) throws TemplateModelException {
        String key = String.valueOf(arguments.get(0));
        if (arguments.size() == 2) {
            values.put(key, (TemplateModel) arguments.get(1));
        }
        return values.get(key);
    }

    /** Forgets every value kept for one bake only. */
    void startBake() {
        values.keySet().removeIf(key -> !key.startsWith("doc:"));
    }
}
