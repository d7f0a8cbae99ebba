package clinic.site;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.yaml.snakeyaml.Yaml;

import clinic.site.support.BakedSite;
import clinic.site.support.Browser;
import clinic.site.support.SharedBrowser;
import clinic.site.support.SearchPage;

/**
 * Questions patients type (issue 18): every question of data/patient-questions.yaml searched on the real search page,
 * in headless Chromium behind nginx (SearchPage.searchAll). Prints how often an answering page is first and in the
 * top three; fails below 90% in the top three.
 */
@ExtendWith(SharedBrowser.class)
class PatientQuestionsIT {

    static final double MIN_TOP_THREE = 0.90;
    static final int MIN_QUESTIONS = 40;

    record Question(String q, List<String> pages) {
    }

    static Browser browser;

    @BeforeAll
    static void open(Browser shared) {
        browser = shared;
        browser.viewport(1280, 900);
    }

    @Test
    void patients_questions_find_an_answering_page_in_the_top_three() throws IOException {
        List<Question> questions = questions();
        assertTrue(questions.size() >= MIN_QUESTIONS, "data/patient-questions.yaml has " + questions.size()
                + " questions; keep at least " + MIN_QUESTIONS);
        int first = 0;
        int topThree = 0;
        List<String> report = new ArrayList<>();
        List<SearchPage.Outcome> shown = SearchPage.searchAll(browser.driver(), questions.stream().map(Question::q).toList());
        for (int i = 0; i < questions.size(); i++) {
            Question question = questions.get(i);
            List<String> found = shown.get(i).links();
            int rank = rank(found, question.pages());
            first += rank == 1 ? 1 : 0;
            topThree += rank >= 1 && rank <= 3 ? 1 : 0;
            report.add(String.format(Locale.ROOT, "%-6s %-45s %s", rank < 1 ? "-" : "#" + rank, question.q(),
                    rank >= 1 && rank <= 3 ? "" : "expected " + question.pages() + ", got " + found.subList(0, Math.min(3, found.size()))));
        }
        String figures = String.format(Locale.ROOT, "Patient questions: %d; answering page first %d (%.0f%%), in the top three %d (%.0f%%)",
                questions.size(), first, 100.0 * first / questions.size(), topThree, 100.0 * topThree / questions.size());
        System.out.println(figures + "\n" + String.join("\n", report));
        assertTrue(topThree >= MIN_TOP_THREE * questions.size(), figures + " (needs " + Math.round(MIN_TOP_THREE * 100) + "% in the top three)\n"
                + String.join("\n", report));
    }

    @Test
    void every_expected_page_is_published() throws IOException {
        List<String> missing = new ArrayList<>();
        for (Question question : questions()) {
            assertTrue(!question.pages().isEmpty(), "no pages for: " + question.q());
            for (String page : question.pages()) {
                if (!Files.isRegularFile(BakedSite.page(page))) {
                    missing.add("data/patient-questions.yaml, question \"" + question.q() + "\": " + page + " is not a published page");
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    /** The 1-based rank of the first answering page among the results, or 0 when none is listed. */
    static int rank(List<String> found, List<String> answering) {
        for (int i = 0; i < found.size(); i++) {
            if (answering.contains(found.get(i))) {
                return i + 1;
            }
        }
        return 0;
    }

    @SuppressWarnings("unchecked")
    static List<Question> questions() throws IOException {
        Path file = BakedSite.project().resolve("data/patient-questions.yaml");
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Map<String, Object> yaml = new Yaml().load(in);
            return ((List<Map<String, Object>>) yaml.get("questions")).stream()
                    .map(m -> new Question(String.valueOf(m.get("q")), (List<String>) m.get("pages"))).toList();
        }
    }
}
