package clinic.site.validation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import clinic.site.content.ContentModel;
import clinic.site.content.SourceFile;
import clinic.site.content.SourceFile.Field;
import clinic.site.model.Messages;

/**
 * The rules for one page's header, each small and on its own: they read only the file (SourceFile) and the content
 * model, so each has a unit test that runs without a bake (HeaderRulesTest). A file whose header cannot be read
 * (empty, no `~~~~~~`, a line without '=') gets only that problem: the rest would be guesses.
 */
public final class HeaderRules {

    private HeaderRules() {
    }

    /** Every problem with one page source's header. */
    public static List<Problem> check(SourceFile f, ContentModel model) {
        List<Problem> p = new ArrayList<>();
        shape(f, p);
        if (!p.isEmpty()) {
            return p;
        }
        unknownFields(f, p);
        repeatedFields(f, p);
        type(f, p);
        requiredFields(f, model, p);
        status(f, p);
        descriptionLength(f, model, p);
        dates(f, p);
        audienceAndGroup(f, model, p);
        order(f, p);
        flags(f, p);
        paths(f, p);
        language(f, model, p);
        if (p.isEmpty()) {
            review(f, model, p);
        }
        return p;
    }

    /** Empty file, no `~~~~~~` line, or a header line that is not key=value: JBake would skip the file in silence. */
    static void shape(SourceFile f, List<Problem> p) {
        if (f.isBlank()) {
            p.add(new Problem(f.path(), 1, "the file is empty. Start from docs/starter-article.adoc (copy it here and"
                    + " fill in the fields), or remove the file."));
            return;
        }
        if (f.separatorLine() == 0) {
            int line = 1;
            while (line <= f.lines().size() && f.lines().get(line - 1).matches("\\s*[A-Za-z_]+\\s*=.*")) {
                line++;
            }
            p.add(new Problem(f.path(), line, "the line ~~~~~~ that ends the header is missing. Put a line of six"
                    + " tildes (~~~~~~) after the last key=value line" + (line > 1 ? " (line " + (line - 1) + ")" : "")
                    + ", before the text."));
            return;
        }
        for (int line : f.linesWithoutEquals()) {
            p.add(new Problem(f.path(), line, "'" + f.lines().get(line - 1).strip() + "' is not a field: every line"
                    + " above ~~~~~~ must be name=value, such as title=What to expect on the day."));
        }
    }

    /** A field the site does not know: most often a typo, which would otherwise be ignored without a word. */
    static void unknownFields(SourceFile f, List<Problem> p) {
        for (Field field : f.fields().values()) {
            if (!ContentModel.FIELDS.contains(field.name())) {
                String guess = Closest.to(field.name(), ContentModel.FIELDS);
                p.add(new Problem(f.path(), field.line(), "unknown field '" + field.name() + "'" + (guess != null
                        ? ": did you mean '" + guess + "'?"
                        : ". The fields are: " + String.join(", ", ContentModel.FIELDS) + " (docs/content-model.md).")));
            }
        }
    }

    /** The same field twice: JBake keeps the last line, so an edit to the first changes nothing. */
    static void repeatedFields(SourceFile f, List<Problem> p) {
        for (Field again : f.repeated()) {
            p.add(new Problem(f.path(), again.line(), "field '" + again.name() + "' is already on line "
                    + f.field(again.name()).line() + ". Keep one of the two lines."));
        }
    }

    /** A type the site has a template for (JBake skips any other in silence). */
    static void type(SourceFile f, List<Problem> p) {
        String type = f.value("type");
        if (!type.isEmpty() && !ContentModel.knownType(type)) {
            String hint = Closest.hint(type, ContentModel.PAGE_TYPES);
            p.add(new Problem(f.path(), f.field("type").line(), "field 'type' is '" + type + "'"
                    + (hint.isEmpty() ? "." : hint) + " Use one of: "
                    + String.join(", ", ContentModel.PAGE_TYPES) + "."));
        }
    }

    /** Each field the type needs: "missing" when there is no line for it, "empty" when the line has no value. */
    static void requiredFields(SourceFile f, ContentModel model, List<Problem> p) {
        for (Map.Entry<String, String> need : model.required(f.value("type")).entrySet()) {
            Field field = f.field(need.getKey());
            if (field == null) {
                p.add(new Problem(f.path(), f.headerEnd(), "field '" + need.getKey() + "' is missing. Add a line "
                        + need.getKey() + "=" + need.getValue() + " above the ~~~~~~ line."));
            } else if (field.value().isEmpty()) {
                p.add(new Problem(f.path(), field.line(), "field '" + need.getKey() + "' is empty. Write "
                        + need.getValue() + " after '" + need.getKey() + "='."));
            }
        }
    }

    /** published or draft: anything else would make JBake hide the page as neither. */
    static void status(SourceFile f, List<Problem> p) {
        String status = f.value("status");
        if (!status.isEmpty() && !status.equals("published") && !status.equals("draft")) {
            p.add(new Problem(f.path(), f.field("status").line(), "field 'status' is '" + status
                    + "'; use published or draft."));
        }
    }

    /** Search engines cut a longer description. */
    static void descriptionLength(SourceFile f, ContentModel model, List<Problem> p) {
        String d = f.value("description");
        if (d.length() > model.descriptionMax()) {
            p.add(new Problem(f.path(), f.field("description").line(), "field 'description' is " + d.length()
                    + " characters long; the limit is " + model.descriptionMax() + ". Shorten it."));
        }
    }

    /** yyyy-MM-dd, and a real day (the lenient parsers would turn 2027-02-30 into 2 March). */
    static void dates(SourceFile f, List<Problem> p) {
        for (String name : List.of("reviewed", "next_review", "published")) {
            String v = f.value(name);
            if (v.isEmpty()) {
                continue;
            }
            int line = f.field(name).line();
            if (!v.matches("\\d{4}-\\d{2}-\\d{2}")) {
                p.add(new Problem(f.path(), line, "field '" + name + "' is '" + v
                        + "', which is not a date in the form yyyy-MM-dd (for example 2026-11-24)."));
            } else if (date(v) == null) {
                p.add(new Problem(f.path(), line, "field '" + name + "' is '" + v
                        + "', which is not a real date. Use yyyy-MM-dd (for example 2026-11-24)."));
            }
        }
    }

    /** An audience of the site (site.audiences), and a group of that audience (site.groups_<audience>). */
    static void audienceAndGroup(SourceFile f, ContentModel model, List<Problem> p) {
        String audience = f.value("audience");
        String group = f.value("group");
        if (!audience.isEmpty() && !model.audiences().contains(audience)) {
            p.add(new Problem(f.path(), f.field("audience").line(), "field 'audience' is '" + audience + "'; use one of: "
                    + String.join(", ", model.audiences()) + "."));
        } else if (!audience.isEmpty() && !group.isEmpty()) {
            List<String> groups = model.groups().getOrDefault(audience, List.of());
            if (!groups.contains(group)) {
                p.add(new Problem(f.path(), f.field("group").line(), "field 'group' is '" + group + "'; for audience "
                        + audience + " use one of: " + String.join(", ", groups) + "."));
            }
        }
    }

    /** A whole number, so that 100 sorts after 20. */
    static void order(SourceFile f, List<Problem> p) {
        String order = f.value("order");
        if (!order.isEmpty() && !order.matches("\\d{1,4}")) {
            p.add(new Problem(f.path(), f.field("order").line(), "field 'order' is '" + order
                    + "'; use a whole number such as 10."));
        }
    }

    /** care_card and print take one word each; any other is ignored by the templates without a word. */
    static void flags(SourceFile f, List<Problem> p) {
        String card = f.value("care_card");
        if (!card.isEmpty() && !card.equals("true") && !card.equals("false") && !card.equals("actions")) {
            p.add(new Problem(f.path(), f.field("care_card").line(), "field 'care_card' is '" + card
                    + "'; use true (the page shows the 'When to get help now' card), actions (the card with big call,"
                    + " text and chat buttons, right under the page's lead: for Help now) or false."));
        }
        String print = f.value("print");
        if (!print.isEmpty() && !print.equals("form")) {
            p.add(new Problem(f.path(), f.field("print").line(), "field 'print' is '" + print
                    + "'; the only value is form (the page prints as the form alone), or remove the line."));
        }
    }

    /**
     * lang (a page in another language than the site's) is a language tag, such as es-US, whose words the
     * messages folder has: the page's chrome, dates and Asciidoctor's labels come from that file (decision 0046).
     */
    static void language(SourceFile f, ContentModel model, List<Problem> p) {
        String lang = f.value("lang");
        if (!f.value("translation_of").isEmpty() && (lang.isEmpty() || Messages.sameLanguage(lang, model.siteLanguage()))) {
            p.add(new Problem(f.path(), f.field("translation_of").line(), "field 'translation_of' names the page this"
                    + " one translates, but the page has no language of its own. Add a line lang= with its language,"
                    + " such as es-US, or remove the line."));
        }
        if (lang.isEmpty()) {
            return;
        }
        int line = f.field("lang").line();
        String type = f.value("type");
        if (!type.equals("article") && !type.equals("search") && !Messages.sameLanguage(lang, model.siteLanguage())) {
            p.add(new Problem(f.path(), line, "field 'lang' is on a page of type '" + type + "'. Only an article or a"
                    + " search page may be in another language for now: a section lists its articles under group names"
                    + " that are written in " + model.siteLanguage() + " only. Remove the line."));
        } else if (!lang.matches("[a-z]{2,3}(-[A-Z]{2})?")) {
            p.add(new Problem(f.path(), line, "field 'lang' is '" + lang + "', which is not a language tag. Write the"
                    + " language, a hyphen and the country, such as es-US for Spanish in the United States, or remove"
                    + " the line for a page in " + model.siteLanguage() + " (the site's language)."));
        } else if (!model.languages().contains(Messages.languageOf(lang))) {
            p.add(new Problem(f.path(), line, "field 'lang' is '" + lang + "', but " + Messages.fileOf(lang)
                    + " does not exist, so the page's menus and labels would have no words. Add that file with every"
                    + " message of " + Messages.fileOf(model.siteLanguage()) + ", or remove the line for a page in "
                    + model.siteLanguage() + " (the site's language)."));
        }
    }

    /** next, related, redirect_from and translation_of hold site paths such as /patients/before-your-infusion/. */
    static void paths(SourceFile f, List<Problem> p) {
        for (String name : List.of("next", "related", "redirect_from", "translation_of")) {
            for (String path : clinic.site.content.Page.paths(f.value(name))) {
                if (!path.startsWith("/") || path.contains(" ") || path.contains("://")) {
                    p.add(new Problem(f.path(), f.field(name).line(), "field '" + name + "' has '" + path
                            + "', which is not a site path. Write it like /patients/before-your-infusion/"
                            + (name.equals("redirect_from") ? "" : ", separating several with commas") + "."));
                }
            }
        }
    }

    /** next_review after reviewed, and not passed on a published article. Run when every field is right. */
    static void review(SourceFile f, ContentModel model, List<Problem> p) {
        LocalDate reviewed = date(f.value("reviewed"));
        LocalDate due = date(f.value("next_review"));
        if (reviewed == null || due == null) {
            return;
        }
        int line = f.field("next_review").line();
        if (!due.isAfter(reviewed)) {
            p.add(new Problem(f.path(), line, "field 'next_review' (" + due + ") must be after 'reviewed' ("
                    + reviewed + ")."));
        } else if (f.value("status").equals("published") && due.isBefore(model.today())) {
            p.add(new Problem(f.path(), line, "the review was due on " + due + ". Ask the clinical reviewer to check"
                    + " the page, then update 'reviewed' and 'next_review'."));
        }
    }

    /** A yyyy-MM-dd date, or null when the text is not one. */
    static LocalDate date(String text) {
        try {
            return text.matches("\\d{4}-\\d{2}-\\d{2}") ? LocalDate.parse(text) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
