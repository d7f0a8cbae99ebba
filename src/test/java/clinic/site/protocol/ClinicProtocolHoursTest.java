package clinic.site.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import clinic.site.model.Messages;
import clinic.site.support.BakedSite;

/** A whole number of minutes is also given in words (protocol.KEY_as_hours), from the one value. */
class ClinicProtocolHoursTest {

    static final Messages ENGLISH = Messages.of(BakedSite.project(), "en-US");
    static final Messages SPANISH = Messages.of(BakedSite.project(), "es-US");

    @Test
    void minutes_read_as_hours_a_patient_would_say() {
        assertEquals("2 hours", ClinicProtocol.asHours(120, ENGLISH));
        assertEquals("1 hour", ClinicProtocol.asHours(60, ENGLISH));
        assertEquals("1 and a half hours", ClinicProtocol.asHours(90, ENGLISH));
        assertEquals("2 and a half hours", ClinicProtocol.asHours(150, ENGLISH));
        assertEquals("half an hour", ClinicProtocol.asHours(30, ENGLISH));
        assertEquals("45 minutes", ClinicProtocol.asHours(45, ENGLISH)); // no rounding: the number as the clinic set it
    }

    /** The words are the language's own (duration.* in its messages file): a Spanish page reads "2 horas". */
    @Test
    void minutes_read_as_hours_in_the_pages_language() {
        assertEquals("2 horas", ClinicProtocol.asHours(120, SPANISH));
        assertEquals("1 hora", ClinicProtocol.asHours(60, SPANISH));
        assertEquals("1 hora y media", ClinicProtocol.asHours(90, SPANISH));
        assertEquals("2 horas y media", ClinicProtocol.asHours(150, SPANISH));
        assertEquals("media hora", ClinicProtocol.asHours(30, SPANISH));
        assertEquals("45 minutos", ClinicProtocol.asHours(45, SPANISH));
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
        Properties settings = protocol.settings(project, ENGLISH);
        assertEquals("2 hours", settings.getProperty("protocol.observation_minutes_as_hours"));
        assertEquals("10 minutes", settings.getProperty("protocol.bp_check_minutes_as_hours"));
        assertFalse(settings.containsKey("protocol.aftercare_pain_as_hours"));
    }
}
