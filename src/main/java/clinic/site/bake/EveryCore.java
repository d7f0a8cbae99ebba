package clinic.site.bake;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A pool of one thread per core for a step of the bake that runs side by side (the AsciiDoc conversions, the pages'
 * writing). Its threads are daemons: a bake ends when its main thread does, whatever a pool still holds.
 */
final class EveryCore {

    private EveryCore() {
    }

    /** A new pool whose threads are named `name` (seen in a thread dump). */
    static ExecutorService pool(String name) {
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), task -> {
            Thread t = new Thread(task, name);
            t.setDaemon(true);
            return t;
        });
    }
}
