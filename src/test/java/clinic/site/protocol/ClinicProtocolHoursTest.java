package clinic.site.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A whole number of minutes is also given in words (protocol.KEY_as_hours), from the one value. */
class ClinicProtocolHoursTest {

    @Test
    void minutes_read_as_hours_a_patient_would_say() {
        assertEquals("2 hours", ClinicProtocol.asHours(120));
        assertEquals("1 hour", ClinicProtocol.asHours(60));
        assertEquals("1 and a half hours", ClinicProtocol.asHours(90));
        assertEquals("half an hour", ClinicProtocol.asHours(30));
        assertEquals("45 minutes", ClinicProtocol.asHours(45)); // no rounding: the number as the clinic set it
    }

    @Test
    void the_words_come_with_every_whole_number_of_minutes_and_nothing_else(@TempDir Path project) throws Exception {
        ClinicProtocol protocol = ProtocolFile.load(project, """
                observation_minutes:
                  about: Rest after the drip (minutes).
                  example: true
                  value: "120"
                bp_check_minutes:
                  about: Between readings (minutes).
                  example: true
                  value: "10"
                aftercare_pain:
                  about: Not a number of minutes.
                  example: true
                  value: "an adult stays until the next morning"
                """);
        assertEquals(java.util.List.of(), protocol.problems());
        Properties settings = protocol.settings(project);
        assertEquals("2 hours", settings.getProperty("protocol.observation_minutes_as_hours"));
        assertEquals("10 minutes", settings.getProperty("protocol.bp_check_minutes_as_hours"));
        assertFalse(settings.containsKey("protocol.aftercare_pain_as_hours"));
    }
}
