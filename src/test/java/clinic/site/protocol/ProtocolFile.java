package clinic.site.protocol;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A test's own data/clinic-protocol.yaml in a throw-away project, loaded as a bake loads it. */
final class ProtocolFile {

    private ProtocolFile() {
    }

    static ClinicProtocol load(Path project, String yaml) throws IOException {
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve(ClinicProtocol.FILE), yaml);
        return ClinicProtocol.load(project);
    }
}
