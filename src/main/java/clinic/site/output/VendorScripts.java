package clinic.site.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

/**
 * The search page's library, fuse.js, from its WebJar on the bake's classpath (pom.xml, org.webjars.npm:fuse.js) into
 * /js/vendor/fuse-VERSION/: a folder named by its version, so hosts may cache it for a year (assets/_headers), and
 * fuse.min.mjs renamed .js, as nginx's stock MIME table does not know .mjs and a browser runs a module only when it
 * is served as JavaScript. Copied by the bake itself rather than unpacked by a Maven plugin: one plugin fewer to load
 * on every build (decision 0031), and the preview gets it the same way.
 */
public final class VendorScripts {
    private static final String POM = "META-INF/maven/org.webjars.npm/fuse.js/pom.properties";
    private static final String FILES = "META-INF/resources/webjars/fuse.js/";

    private VendorScripts() {
    }

    /** Writes out/js/vendor/fuse-VERSION/fuse.min.js and its LICENSE. */
    public static void write(Path out) throws IOException {
        Properties pom = new Properties();
        try (InputStream in = resource(POM)) {
            pom.load(in);
        }
        String version = pom.getProperty("version");
        Path dir = out.resolve("js/vendor/fuse-" + version);
        Files.createDirectories(dir);
        copy(FILES + version + "/dist/fuse.min.mjs", dir.resolve("fuse.min.js"));
        copy(FILES + version + "/LICENSE", dir.resolve("LICENSE"));
    }

    private static void copy(String name, Path to) throws IOException {
        try (InputStream in = resource(name)) {
            Files.copy(in, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = VendorScripts.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath: pom.xml must list org.webjars.npm:fuse.js");
        }
        return in;
    }
}
