package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import clinic.site.model.Messages;
import clinic.site.support.BakedSite;

/**
 * The words that the checks of baked pages look for in the page chrome (the review block, the care card, the report
 * link, the physician line) are the messages' own words, in each language a check has a version for. Else a typo in a
 * check's Spanish version would fail the first Spanish page for no fault of its own, or pass it for the wrong reason.
 */
class CheckWordsTest {

    @Test
    void each_checks_words_are_its_languages_messages() {
        List<String> problems = new ArrayList<>();
        for (String language : Messages.languages(BakedSite.project())) {
            Messages messages = Messages.of(BakedSite.project(), language);
            PatientPageChecks.REVIEW_WORDS.version(language).ifPresent(w -> {
                expectIn(problems, language, "review.written_pending", plain(messages, "review.written_pending"), w.pending(), w.writtenBy());
                expectIn(problems, language, "review.last_updated", plain(messages, "review.last_updated"), w.lastUpdated());
                expectIn(problems, language, "review.last_reviewed", plain(messages, "review.last_reviewed"), w.lastReviewed());
                expectIn(problems, language, "review.next_due", plain(messages, "review.next_due"), w.nextDue());
                expectIn(problems, language, "review.written_reviewed", plain(messages, "review.written_reviewed"),
                        w.writtenBy(), w.reviewedBy(), w.reviewClaim());
                if (plain(messages, "review.written_pending").contains(w.reviewClaim())) {
                    problems.add(language + ": the pending review line holds the words of a claimed review, '" + w.reviewClaim() + "'");
                }
            });
            PatientPageChecks.NOT_AN_EMERGENCY_SERVICE.version(language).ifPresent(
                    line -> expectIn(problems, language, "care_card.note", plain(messages, "care_card.note"), line));
            PatientArticlesTest.URGENT_CARD_HEADING.version(language).ifPresent(heading -> expectEqual(problems, language,
                    "care_card.urgent and care_card.heading",
                    plain(messages, "care_card.urgent") + " " + plain(messages, "care_card.heading"), heading));
            EditorialLinksTest.REPORT_A_PROBLEM.version(language).ifPresent(
                    link -> expectEqual(problems, language, "report_problem.link", plain(messages, "report_problem.link"), link));
            ClinicalContentTest.PHYSICIAN_LINE.version(language).ifPresent(name -> expectIn(problems, language,
                    "header.call_physicians", plain(messages, "header.call_physicians").toLowerCase(Locale.ROOT), name));
        }
        assertEquals(List.of(), problems);
    }

    private static String plain(Messages messages, String key) {
        return messages.plain(key, Map.of());
    }

    private static void expectIn(List<String> problems, String language, String key, String message, String... words) {
        for (String w : words) {
            if (!message.contains(w)) {
                problems.add(language + ": the check looks for '" + w + "', which " + key + " does not say: '" + message + "'");
            }
        }
    }

    private static void expectEqual(List<String> problems, String language, String key, String message, String words) {
        if (!message.equals(words)) {
            problems.add(language + ": the check looks for '" + words + "', but " + key + " says '" + message + "'");
        }
    }
}
