package clinic.site.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class ByLanguageTest {

    static final ByLanguage<String> RULE = ByLanguage.<String>rule("pages say hello", "a greeting to ByLanguageTest.RULE")
            .in("en", "Hello").in("es", "Hola");

    @Test
    void a_page_gets_the_version_of_its_language_whatever_its_country() {
        List<String> problems = new ArrayList<>();
        assertEquals(Optional.of("Hola"), RULE.forPage("/es/x/", "es-US", problems));
        assertEquals(Optional.of("Hola"), RULE.forPage("/es/y/", "es", problems));
        assertEquals(Optional.of("Hello"), RULE.forPage("/x/", "en-US", problems));
        assertEquals(List.of(), problems);
    }

    @Test
    void a_page_in_a_language_without_a_version_is_a_problem_naming_the_page_the_rule_and_what_to_add() {
        List<String> problems = new ArrayList<>();
        assertEquals(Optional.empty(), RULE.forPage("/fr/x/", "fr-CA", problems));
        assertEquals(Optional.empty(), RULE.forPage("/y/", "", problems));
        assertEquals(List.of("/fr/x/ (lang=fr-CA): the rule 'pages say hello' has no French version, so the page cannot"
                + " be judged by it: add a greeting to ByLanguageTest.RULE for \"fr\" (versions today: en, es)",
                "/y/: declares no language, so the rule 'pages say hello' cannot be applied to it: give it its language"),
                problems);
    }

    @Test
    void a_version_is_for_a_language_not_a_country() {
        assertThrows(IllegalArgumentException.class, () -> ByLanguage.<String>rule("r", "x").in("es-US", "Hola"));
    }
}
