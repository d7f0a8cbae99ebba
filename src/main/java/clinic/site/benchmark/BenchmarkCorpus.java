package clinic.site.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes N synthetic patient articles into <content>/patients/bench-NNNN/index.adoc, following
 * docs/content-model.md: JBake key=value header ending ~~~~~~, type=article, audience=patients, a group from
 * site.groups_patients, order, author, reviewer=medical_director, review dates that are valid and not overdue,
 * a description of at most 160 characters, next/related links to other generated articles; a body with several
 * == sections (one === subsection), bulleted, numbered and nested lists, a table, an admonition, clinic attributes,
 * link:/patients/bench-NNNN/[...] cross references and a [bibliography] References section cited with <<id>>.
 * Deterministic: article i is the same text for the same i and the same day (the review dates follow today).
 * Usage: java -cp target/classes clinic.site.benchmark.BenchmarkCorpus <count> <content folder> [today as yyyy-MM-dd]
 */
public class BenchmarkCorpus {

    static final String[] GROUPS = {"understanding", "treatment", "conditions", "deciding"};
    static final String[] TOPICS = {
        "infusion day", "blood pressure checks", "feeling detached", "getting home safely", "eating before treatment",
        "your medicines", "follow-up visits", "talking therapy alongside ketamine", "sleep after treatment",
        "driving and work", "costs and paperwork", "what the research shows", "long-term safety", "your first visit",
        "booster sessions", "support from family", "questions for your doctor", "when treatment is not working"};
    static final String[] SENTENCES = {
        "Most people feel back to normal within a few hours of the drip ending.",
        "A nurse stays with you for the whole infusion and checks how you feel.",
        "We check your blood pressure before, during and after each session.",
        "Some people feel dreamy or detached while the medicine is running.",
        "These feelings usually fade soon after the infusion stops.",
        "You will need someone to take you home, because you must not drive that day.",
        "Tell us about every medicine you take, including ones you buy without a prescription.",
        "Research on ketamine for depression is still growing, and some questions are not yet answered.",
        "Your care team will talk with you about what to expect before you decide.",
        "It is fine to bring a list of questions to your appointment.",
        "Keep taking your usual medicines unless your doctor tells you otherwise.",
        "Eat a light meal the day before, and follow the fasting advice we give you.",
        "Wear comfortable clothes with sleeves that roll up easily.",
        "You can stop treatment at any time, and we will help you plan what comes next.",
        "Many people have a series of infusions over two to three weeks.",
        "How well ketamine works is different from person to person.",
        "We write to your own doctor after your course of treatment.",
        "If something worries you after you get home, call us and ask.",
        "The room is quiet, and you can listen to music if you like.",
        "Side effects are usually mild and short-lived, but some need care."};
    static final String[] SURNAMES = {"Anand", "Murrough", "Short", "Riva-Posse", "McIntyre", "Wilkinson", "Zarate",
        "Berman", "Daly", "Fava", "Krystal", "Sanacora", "Phillips", "Singh", "Feder", "Cohen"};
    static final String[] JOURNALS = {"N Engl J Med", "Am J Psychiatry", "Lancet Psychiatry", "JAMA Psychiatry",
        "Biol Psychiatry", "J Affect Disord", "Neuropsychopharmacology", "BMJ"};
    static final String[] EFFECTS = {"Headache", "Dizziness", "Feeling sick", "Blurred vision", "Higher blood pressure",
        "Feeling detached", "Tiredness", "Anxiety"};
    static final String[] ADVICE = {"Rest, drink water and tell the nurse.", "Sit or lie down until it passes.",
        "We can give you medicine for this.", "We check and wait until it settles.",
        "It usually fades within an hour.", "Close your eyes and listen to music."};

    public static void main(String[] args) throws IOException {
        CorpusArguments arguments = CorpusArguments.parse("BenchmarkCorpus", "content folder", args);
        int count = arguments.count();
        Path content = arguments.folder();
        LocalDate today = arguments.today();
        long bytes = 0;
        for (int i = 1; i <= count; i++) {
            Path file = content.resolve("patients").resolve(slug(i)).resolve("index.adoc");
            if (Files.exists(file.getParent())) {
                throw new IllegalStateException(file.getParent() + " already exists: refusing to overwrite content");
            }
            Files.createDirectories(file.getParent());
            String text = article(i, count, today);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            bytes += text.getBytes(StandardCharsets.UTF_8).length;
        }
        System.out.println("generated " + count + " articles, " + bytes / count + " bytes each on average, in "
            + content.resolve("patients"));
    }

    static String slug(int i) {
        return String.format("bench-%04d", i);
    }

    static String path(int i) {
        return "/patients/" + slug(i) + "/";
    }

    /** Article number i+offset, wrapping inside 1..count (never i itself when count > 1). */
    static int other(int i, int offset, int count) {
        if (count == 1) {
            return i;
        }
        int o = offset % (count - 1) + 1;
        return (i - 1 + o) % count + 1;
    }

    static String topic(int i) {
        return TOPICS[(i * 7) % TOPICS.length];
    }

    static String title(int i) {
        String t = topic(i);
        return Character.toUpperCase(t.charAt(0)) + t.substring(1) + " (benchmark " + String.format("%04d", i) + ")";
    }

    static String article(int i, int count, LocalDate today) {
        Random r = new Random(1000L + i);
        StringBuilder s = new StringBuilder(9000);
        // Reviewed 0..199 days ago; next review 12 months later, so it is always in the future, never overdue.
        LocalDate reviewed = today.minusDays(i % 200);
        LocalDate nextReview = reviewed.plusYears(1);
        String description = "Benchmark article " + String.format("%04d", i) + " about " + topic(i)
            + ": what happens, what you may feel, and where to get help.";
        if (description.length() > 160) {
            throw new IllegalStateException("description too long: " + description);
        }
        s.append("title=").append(title(i)).append('\n');
        s.append("description=").append(description).append('\n');
        s.append("type=article\nstatus=published\naudience=patients\n");
        s.append("group=").append(GROUPS[i % GROUPS.length]).append('\n');
        s.append("order=").append(100 + i).append('\n');
        s.append("author=Clinic editorial team\nreviewer=medical_director\n");
        s.append("reviewed=").append(reviewed).append('\n');
        s.append("next_review=").append(nextReview).append('\n');
        if (i % 3 == 0) {
            s.append("care_card=true\n");
        }
        s.append("next=").append(path(other(i, 0, count))).append('\n');
        s.append("related=").append(path(other(i, 6, count))).append(',').append(path(other(i, 30, count))).append('\n');
        s.append("~~~~~~\n");

        // References first, so the body can cite them.
        int nRefs = 4 + r.nextInt(3);
        List<String> ids = new ArrayList<>();
        List<String> refs = new ArrayList<>();
        for (int k = 0; k < nRefs; k++) {
            String surname = SURNAMES[(i + k * 5) % SURNAMES.length];
            int year = 2012 + (i + k) % 13;
            String id = surname.toLowerCase().replace("-", "") + year + (char) ('a' + k);
            ids.add(id);
            String doi = "10.5555/bench." + String.format("%04d", i) + "." + (k + 1);
            refs.add("* [[[" + id + "," + surname + " " + year + "]]] " + surname + " A, " + SURNAMES[(i + k) % SURNAMES.length]
                + " B, et al. " + capitalize(TOPICS[(i + k) % TOPICS.length]) + " in adults treated with ketamine: a "
                + (k % 2 == 0 ? "randomized trial" : "systematic review") + ". _" + JOURNALS[(i + k) % JOURNALS.length]
                + "_. " + year + ";" + (10 + k) + "(" + (1 + k) + "):" + (100 + 10 * k) + "-" + (109 + 10 * k) + ". https://doi.org/"
                + doi + "[doi:" + doi + "]");
        }

        s.append(paragraph(r, 3, ids)).append("\n\n");
        s.append("This page is for patients of {clinic_name} and the people who support them.\n\n");

        s.append("== Key points\n\n");
        for (int k = 0; k < 5; k++) {
            s.append("* ").append(cited(r, ids)).append('\n');
        }
        s.append('\n');

        s.append("== What happens\n\n");
        s.append(paragraph(r, 4, ids)).append("\n\n");
        s.append(". You arrive and we check your blood pressure, heart rate and oxygen level.\n");
        s.append(". A nurse places a small tube (cannula) in a vein in your arm.\n");
        s.append(". The medicine runs slowly through a drip for about 40 minutes.\n");
        s.append(". You rest with us until you feel steady, usually for an hour or so.\n\n");
        s.append("For what comes next, read link:").append(path(other(i, 1, count))).append("[")
            .append(topic(other(i, 1, count))).append("].\n\n");
        s.append("=== How long it takes\n\n");
        s.append(paragraph(r, 3, ids)).append("\n\n");

        s.append("== How you may feel\n\n");
        s.append(paragraph(r, 3, ids)).append("\n\n");
        s.append(".What you may feel and what to do\n");
        s.append("[cols=\"1,2\",options=\"header\"]\n|===\n|What you may feel |What to do\n\n");
        for (int k = 0; k < 5; k++) {
            s.append("|").append(EFFECTS[(i + k) % EFFECTS.length]).append('\n');
            s.append("|").append(ADVICE[(i + 2 * k) % ADVICE.length]).append("\n\n");
        }
        s.append("|===\n\n");
        s.append("NOTE: If you have questions before your visit, call {clinic_phone}. We answer ")
            .append("{clinic_hours}.\n\n");

        s.append("== Safety\n\n");
        s.append(paragraph(r, 3, ids)).append("\n\n");
        s.append("* *Before treatment:* ").append(sentence(r)).append('\n');
        s.append("** ").append(sentence(r)).append('\n');
        s.append("** ").append(sentence(r)).append('\n');
        s.append("* *After treatment:* ").append(cited(r, ids)).append('\n');
        s.append("* _If you feel unwell at home:_ ").append(sentence(r)).append("\n\n");
        s.append("IMPORTANT: If you are in crisis, call or text 988 now. In an emergency, call 911.\n\n");

        s.append("== Questions to ask\n\n");
        s.append(paragraph(r, 2, ids)).append("\n\n");
        s.append("* What are the chances this will help me?\n");
        s.append("* How many sessions will I need?\n");
        s.append("* What should I do if I feel worse?\n\n");
        s.append("See also link:").append(path(other(i, 12, count))).append("[").append(topic(other(i, 12, count)))
            .append("] and link:").append(path(other(i, 45, count))).append("[").append(topic(other(i, 45, count)))
            .append("].\n\n");

        s.append("== Living with treatment\n\n");
        s.append(paragraph(r, 4, ids)).append("\n\n");
        s.append("Cannula:: A small, soft tube placed in a vein so the medicine can run in.\n");
        s.append("Infusion:: Medicine given slowly through a drip into a vein.\n");
        s.append("Dissociation:: Feeling detached from your body or your surroundings for a short time.\n\n");
        s.append(paragraph(r, 4, ids)).append("\n\n");

        s.append("== What the research says\n\n");
        s.append(paragraph(r, 4, ids)).append("\n\n");
        s.append(paragraph(r, 3, ids)).append("\n\n");

        s.append("[bibliography]\n== References\n\n");
        for (String ref : refs) {
            s.append(ref).append('\n');
        }
        return s.toString();
    }

    static String capitalize(String t) {
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String sentence(Random r) {
        return SENTENCES[r.nextInt(SENTENCES.length)];
    }

    static String cite(Random r, List<String> ids) {
        return " <<" + ids.get(r.nextInt(ids.size())) + ">>";
    }

    /** A sentence that ends with a citation before its full stop. */
    static String cited(Random r, List<String> ids) {
        String sen = sentence(r);
        return sen.substring(0, sen.length() - 1) + cite(r, ids) + ".";
    }

    static String paragraph(Random r, int n, List<String> ids) {
        StringBuilder p = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                p.append(' ');
            }
            p.append(k == n - 1 ? cited(r, ids) : sentence(r));
        }
        return p.toString();
    }
}
