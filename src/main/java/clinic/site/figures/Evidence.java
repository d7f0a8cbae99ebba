package clinic.site.figures;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * data/evidence.yaml, the one file behind the physicians' evidence table, the response-rate chart and the
 * patients' summary (the file's comments are the editors' rules). `check` reports, at the file's lines, every
 * mistake in the trials a page shows, including a citation that page's reference list lacks.
 */
final class Evidence {
    static final String FILE = "data/evidence.yaml";
    private static final List<String> REQUIRED = List.of("group", "study", "cite", "design", "n", "dose", "measure", "outcome");

    /** One trial (index from 1, as an editor counts); response is null for a trial without response rates. */
    record Trial(int index, DataFile.Value data, String group, String study, String cite, String design, String n,
            boolean nIsNumber, String nNote, String dose, String measure, String outcome, Response response) {

        String where() {
            return "trial " + index + " (" + (study == null ? "no study" : study) + "): ";
        }
    }

    /** A trial's response rates against its comparator. */
    record Response(DataFile.Value data, BigDecimal ketamine, BigDecimal comparator, String comparatorName,
            String plain, String measure, String definition) {
    }

    final List<Trial> trials = new ArrayList<>();
    final String patientSummary;
    final DataFile.Value patientSummaryValue;

    private Evidence(DataFile.Value root) {
        patientSummaryValue = root.get("patient_summary");
        patientSummary = patientSummaryValue.optional();
        int i = 1;
        for (DataFile.Value t : root.get("trials").list("- group: Depression (then study:, cite:, design:, n:, dose:, measure:, outcome:)")) {
            DataFile.Value r = t.get("response");
            Response response = !r.present() ? null : new Response(r, rate(r.get("ketamine")), rate(r.get("comparator")),
                    r.get("comparator_name").optional(), r.get("plain").optional(), r.get("measure").optional(),
                    r.get("definition").optional());
            trials.add(new Trial(i++, t, t.get("group").optional(), t.get("study").optional(), t.get("cite").optional(),
                    t.get("design").optional(), t.get("n").optional(), t.get("n").isNumber(), t.get("n_note").optional(),
                    t.get("dose").optional(), t.get("measure").optional(), t.get("outcome").optional(), response));
        }
    }

    static Evidence read(PageContext page) {
        return new Evidence(DataFile.read(page.project(), FILE, page.problems()));
    }

    private static BigDecimal rate(DataFile.Value v) {
        return v.isNumber() ? new BigDecimal(v.asWritten()) : null;
    }

    /** The trials with response rates against a comparator, in the file's order. */
    List<Trial> responding() {
        return trials.stream().filter(t -> t.response() != null).toList();
    }

    /** Reports every mistake in `shown`, the trials a page shows, at their lines in data/evidence.yaml. */
    static void check(List<Trial> shown, PageContext page, String pageFile) {
        for (Trial t : shown) {
            for (String key : REQUIRED) {
                if (t.data().get(key).optional() == null) {
                    t.data().report(t.where() + "field '" + key + "' is missing. Add it (the rules are at the top of"
                            + " the file).");
                }
            }
            if (t.cite() != null && !page.references().containsKey(t.cite())) {
                t.data().get("cite").report(t.where() + "cite '" + t.cite() + "' is not in the reference list of "
                        + pageFile + ", which shows this trial. Add [[[" + t.cite() + ",...]]] under References there.");
            }
            String outcome = t.outcome() == null ? "" : t.outcome();
            Response r = t.response();
            if (r == null) {
                if (outcome.contains("{response}")) {
                    t.data().get("outcome").report(t.where() + "the outcome has {response} but the trial has no"
                            + " 'response:' numbers. Add them, or write the rates in words.");
                }
                continue;
            }
            for (String arm : List.of("ketamine", "comparator")) {
                BigDecimal rate = arm.equals("ketamine") ? r.ketamine() : r.comparator();
                if (rate == null || rate.signum() < 0 || rate.compareTo(BigDecimal.valueOf(100)) > 0) {
                    r.data().get(arm).report(t.where() + "response." + arm + " must be a percentage from 0 to 100,"
                            + " written without quotes (now: '" + r.data().get(arm).asWritten() + "').");
                }
            }
            if (r.comparatorName() == null) {
                r.data().report(t.where() + "response.comparator_name is missing (e.g. comparator_name: ECT).");
            }
            if (!List.of("Response", "Remission").contains(String.valueOf(r.measure()))) {
                r.data().report(t.where() + "response.measure must be Response or Remission (what the two rates count).");
            }
            if (r.definition() == null) {
                r.data().report(t.where() + "response.definition is missing: say what counted, e.g. ≥50% fall in MADRS"
                        + " (clinician-rated).");
            }
            if (!t.nIsNumber()) {
                t.data().report(t.where() + "a trial with response rates needs 'n' as a whole number of participants,"
                        + " written without quotes.");
            }
            if (!outcome.contains("{response}")) {
                t.data().report(t.where() + "the outcome must say where the response rates go: write {response} in it.");
            }
        }
    }

    /** True when nothing the figure draws from `t` is missing (each mistake is reported by check). */
    static boolean complete(Trial t) {
        Response r = t.response();
        return t.group() != null && t.study() != null && t.cite() != null && t.design() != null && t.n() != null
                && t.dose() != null && t.measure() != null && t.outcome() != null && (r == null || r.ketamine() != null
                && r.comparator() != null && r.comparatorName() != null && r.measure() != null && r.definition() != null
                && t.nIsNumber());
    }
}
