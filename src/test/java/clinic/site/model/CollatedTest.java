package clinic.site.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** SiteModel.collated sorts as the en-US collator itself does (capitals, accents, punctuation, digits, ties). */
class CollatedTest {
    @Test
    void the_kept_keys_give_the_collators_own_order() {
        Collator collator = Collator.getInstance(Locale.US);
        List<String> texts = List.of("patients/b/index.html", "Patients/a/index.html", "patients/a-b/index.html",
                "patients/ab/index.html", "Ketamine", "ketamine", "Kétamine", "10 facts", "9 facts", "Über", "uber",
                "Zebra", "apple", "Apple", "apple", "news/2026-11-02/", "news/2026-11-10/", "", " leading space");
        List<String> expected = new ArrayList<>(texts);
        expected.sort(collator);
        List<String> sorted = new ArrayList<>(texts);
        sorted.sort(SiteModel.collated(collator));
        assertEquals(expected, sorted);
        assertNotEquals(texts, sorted, "the list was not already in order");
    }
}
