package clinic.site.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;

/**
 * A free port on this machine for a server a test starts (nginx, a preview, chromedriver), never one this JVM handed
 * out before: the test classes run side by side (decision 0035), and a port asked from the system and closed again is
 * free for anyone until its server binds it, so two classes must not be given the same one in that moment.
 */
public final class FreePort {

    private static final Set<Integer> GIVEN = new HashSet<>();

    private FreePort() {
    }

    public static synchronized int take() {
        try {
            while (true) {
                try (ServerSocket s = new ServerSocket(0)) {
                    if (GIVEN.add(s.getLocalPort())) {
                        return s.getLocalPort();
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
