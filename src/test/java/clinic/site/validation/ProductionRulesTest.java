package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.protocol.ClinicProtocol;

/** The public build's refusal of example clinic facts: each named at the file and line that holds it. */
class ProductionRulesTest {

    @Test
    void each_example_is_named_at_its_own_file_and_line(@TempDir Path project) throws Exception {
        Files.writeString(project.resolve("jbake.properties"), "# facts\nclinic.name=Real Clinic\nclinic.phone = (212) 555-0100\n");
        Files.writeString(project.resolve("pom.xml"), "<project>\n  <site.baseurl>https://www.clinic.example</site.baseurl>\n</project>\n");
        Files.createDirectories(project.resolve("data"));
        Files.writeString(project.resolve(ClinicProtocol.FILE), """
                fasting:
                  about: Fasting before an infusion.
                  value: 6 hours
                observation_minutes:
                  about: Minimum observation (minutes).
                  example: true
                  value: "120"
                """);
        // JBake's configuration as templates see it: dots made '_', a value with commas split into a list.
        Map<String, Object> config = Map.of("clinic_name", "Real Clinic", "clinic_phone", "(212) 555-0100",
                "clinic_hours", List.of("Monday to Friday", "9 am to 5 pm"), "site_baseurl", "https://www.clinic.example");
        List<String> found = ProductionRules.check(project, config, ClinicProtocol.load(project)).stream()
                .map(Problem::toString).sorted().toList();
        assertEquals(List.of(
                "data/clinic-protocol.yaml:4: entry 'observation_minutes' is marked example: true; confirm the clinic's"
                        + " real value with the medical director, then delete that line (the production build refuses examples).",
                "jbake.properties:3: clinic.phone=(212) 555-0100 is an example value; replace it with the clinic's real"
                        + " value (the production build refuses examples).",
                "pom.xml:2: site.baseurl=https://www.clinic.example is an example value; set the production profile's"
                        + " site.baseurl to the site's real address (the production build refuses examples)."), found);
    }

    @Test
    void real_values_pass(@TempDir Path project) {
        assertEquals(List.of(), ProductionRules.check(project, Map.of("clinic_phone", "(212) 555-2368",
                "site_baseurl", "https://www.clinic.org"), ClinicProtocol.load(project)));
    }
}
