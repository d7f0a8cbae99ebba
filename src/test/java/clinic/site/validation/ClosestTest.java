package clinic.site.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.junit.jupiter.api.Test;

/** "Did you mean": typos of known words, and no guess for words that are not. */
class ClosestTest {

    static final List<String> FIELDS = List.of("title", "description", "care_card", "reviewed", "next_review", "type");

    @Test
    void edit_distance() {
        assertEquals(0, Closest.distance("type", "type"));
        assertEquals(2, Closest.distance("care_crad", "care_card"));
        assertEquals(1, Closest.distance("reviwed", "reviewed"));
        assertEquals(4, Closest.distance("", "type"));
    }

    @Test
    void a_typo_finds_its_word_and_a_stranger_finds_none() {
        assertEquals("care_card", Closest.to("care_crad", FIELDS));
        assertEquals("reviewed", Closest.to("Reviewd", FIELDS));
        assertEquals("next_review", Closest.to("next_reveiw", FIELDS));
        assertNull(Closest.to("colour", FIELDS));
        assertNull(Closest.to("ab", FIELDS), "two letters are no evidence of any word");
    }
}
