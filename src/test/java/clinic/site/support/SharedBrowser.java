package clinic.site.support;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The run's Chromiums, lent one to a test class at a time: a test class with {@code @ExtendWith(SharedBrowser.class)}
 * takes a {@link Browser} parameter (in {@code @BeforeAll} or a test) and gets its browser, reset to a fresh state.
 * The test classes run side by side (decision 0035), so a class borrows a browser for as long as it runs and gives it
 * back when it ends; another Chromium is started only when every one started is lent, so there are never more than
 * the classes that run at once, and no class waits for a browser. Starting Chromium and its driver costs a second or
 * two of CPU; the browsers are kept in JUnit's root store, which closes them when the run ends.
 */
public final class SharedBrowser implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedBrowser.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Browser.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // The class's own store (a test method's context is a child of its class's): closed, and so the browser
        // given back, after the class's @AfterAll.
        ExtensionContext testClass = context.getTestMethod().isPresent() ? context.getParent().orElseThrow() : context;
        Pool pool = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Pool.class, type -> new Pool(), Pool.class);
        return testClass.getStore(NAMESPACE).getOrComputeIfAbsent(Lent.class, type -> new Lent(pool, pool.take()), Lent.class)
                .browser().reset();
    }

    /** A browser lent to one test class; closing the class's store gives it back. */
    record Lent(Pool pool, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            pool.giveBack(browser);
        }
    }

    /** Every Chromium of the run, and those no class is using. */
    static final class Pool implements AutoCloseable {
        private final List<Browser> all = new ArrayList<>();
        private final Deque<Browser> free = new ArrayDeque<>();

        Browser take() {
            synchronized (this) {
                if (!free.isEmpty()) {
                    return free.pop();
                }
            }
            Browser started = new Browser(); // seconds: not while holding the pool
            synchronized (this) {
                all.add(started);
            }
            return started;
        }

        synchronized void giveBack(Browser browser) {
            free.push(browser);
        }

        @Override
        public synchronized void close() {
            all.forEach(Browser::close);
        }
    }
}
