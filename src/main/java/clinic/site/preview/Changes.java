package clinic.site.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Wakes the preview as soon as the system says a watched file changed (inotify on Linux), instead of at its next
 * look a quarter of a second later. Only a wake-up: what changed is still worked out by comparing snapshots
 * (Preview.snapshot), so an event that is lost, or a file system without events, costs at most the `wait` given.
 */
final class Changes implements AutoCloseable {
    /** After the first event, how long a save may go on writing before the preview looks (an editor's save is a few writes). */
    static final long SETTLE_MILLIS = 20;

    private final Path project;
    private final List<String> watched;
    private final Set<Path> registered = new HashSet<>();
    private WatchService service;

    Changes(Path project, List<String> watched) {
        this.project = project;
        this.watched = watched;
        try {
            service = FileSystems.getDefault().newWatchService();
            register();
        } catch (IOException | UnsupportedOperationException e) {
            service = null; // no events here: the preview looks every `wait`, as it always did
        }
    }

    /** Returns once a watched file may have changed, or after `waitMillis` at the latest. */
    void await(long waitMillis) throws InterruptedException {
        if (service == null) {
            Thread.sleep(waitMillis);
            return;
        }
        try {
            WatchKey key = service.poll(waitMillis, TimeUnit.MILLISECONDS);
            if (key == null) {
                return;
            }
            Thread.sleep(SETTLE_MILLIS);
            do { // take every event that came meanwhile, so the next wait starts clean
                for (WatchEvent<?> event : key.pollEvents()) {
                    if (event.kind() == OVERFLOW) { // events were lost: make sure every folder is watched
                        register();
                    } else if (event.kind() == ENTRY_CREATE) { // a new folder (a new article's) is watched from now on
                        Path created = ((Path) key.watchable()).resolve((Path) event.context());
                        if (!key.watchable().equals(project) || watched.contains(created.getFileName().toString())) {
                            watchTree(created);
                        }
                    }
                }
                if (!key.reset()) { // its folder is gone: watch it again if it comes back
                    registered.remove((Path) key.watchable());
                }
            } while ((key = service.poll()) != null);
        } catch (ClosedWatchServiceException | IOException e) {
            service = null;
        }
    }

    /** Watches every folder under the watched names that is not watched yet (the project folder for single files). */
    private void register() throws IOException {
        watch(project);
        for (String name : watched) {
            watchTree(project.resolve(name));
        }
    }

    /** Watches `root` and every folder under it, if it is a folder. */
    private void watchTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> folders = Files.walk(root)) {
            for (Path folder : folders.filter(Files::isDirectory).toList()) {
                watch(folder);
            }
        }
    }

    private void watch(Path folder) throws IOException {
        if (registered.add(folder)) {
            folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
    }

    @Override
    public void close() throws IOException {
        if (service != null) {
            service.close();
        }
    }
}
