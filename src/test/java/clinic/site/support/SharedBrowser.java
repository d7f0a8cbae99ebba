package clinic.site.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Chromium for the whole test run: a test class with {@code @ExtendWith(SharedBrowser.class)} takes a
 * {@link Browser} parameter (in {@code @BeforeAll} or a test) and gets the run's browser, reset to a fresh state.
 * Starting Chromium and its driver costs seconds of CPU per class; the browser is kept in JUnit's root store, which
 * closes it when the run ends. Tests run one at a time, so the one driver is never used by two at once.
 */
public final class SharedBrowser implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Browser.class, type -> new Browser(), Browser.class)
                .reset();
    }
}
