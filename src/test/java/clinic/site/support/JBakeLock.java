package clinic.site.support;

/**
 * The name of the lock that a test which bakes with JBake inside the test JVM holds ({@code @ResourceLock(JBakeLock.NAME)}
 * on the class, or on the one test that bakes): the test classes run side by side (decision 0035), and JBake and our
 * bake keep state for the whole JVM (JBake's DocumentTypes and ModelExtractors, clinic.site.bake.AheadParser's
 * installed instance), so two in-process bakes must never overlap. A bake run as its own program (SiteProgram, the
 * preview, ./preview) needs no lock.
 */
public final class JBakeLock {

    public static final String NAME = "jbake";

    private JBakeLock() {
    }
}
