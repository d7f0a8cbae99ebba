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
 * back when it ends; a second Chromium is started only when two classes need one at the same time, and a class waits
 * when {@value #MOST} are in use. Starting Chromium and its driver costs seconds of CPU; the browsers are kept in
 * JUnit's root store, which closes them when the run ends.
 */
public final class SharedBrowser implements ParameterResolver {

    /** Chromiums at most: two classes drive one each while others bake or wait for programs (2-core machine). */
    static final int MOST = 2;

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
        private int starting;

        Browser take() {
            synchronized (this) {
                while (free.isEmpty() && all.size() + starting >= MOST) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for a browser", e);
                    }
                }
                if (!free.isEmpty()) {
                    return free.pop();
                }
                starting++;
            }
            Browser started = null;
            try {
                started = new Browser(); // seconds: not while holding the pool
                return started;
            } finally {
                synchronized (this) {
                    starting--;
                    if (started != null) {
                        all.add(started);
                    }
                    notifyAll();
                }
            }
        }

        synchronized void giveBack(Browser browser) {
            free.push(browser);
            notifyAll();
        }

        @Override
        public synchronized void close() {
            all.forEach(Browser::close);
        }
    }
}
