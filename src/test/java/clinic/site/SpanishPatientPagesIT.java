package clinic.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

import clinic.site.model.SearchWords;
import clinic.site.support.BakedSite;
import clinic.site.support.FixtureSite;
import clinic.site.support.JBakeLock;
import clinic.site.support.SiteFolder;

/**
 * The patient-page checks judge a page in Spanish by the rules for Spanish (decision 0045, step 6a): a fixture site
 * baked by the real engine, with the project's templates and its Spanish messages (es.properties), an English patient
 * article and its Spanish translation, a hard Spanish article, and Help now in both languages (which, with a Spanish
 * search page, a published page in Spanish needs: decision 0047). The checks are PatientPageChecks' and
 * CrisisRouteTest's, with the pages chosen as PatientArticlesTest and HelpNowTest choose them on the real site.
 */
@ResourceLock(JBakeLock.NAME) // bakes with JBake in this JVM
class SpanishPatientPagesIT {

    static final String ORIGINAL = "/patients/after-your-infusion/";
    static final String EASY = "/es/pacientes/despues-de-la-infusion/";
    static final String HARD = "/es/pacientes/dificil/";
    static final String HELP_NOW = "/es/ayuda-ahora/";

    static final String REFERENCE = "\n[bibliography]\n== %s\n\n* [[[anand2023,Anand 2023]]] Anand A, Mathew SJ, Sanacora G,"
            + " et al. Ketamine versus ECT for nonpsychotic treatment-resistant major depression. _N Engl J Med_."
            + " 2023;388(25):2315-2325. https://doi.org/10.1056/NEJMoa2302399[doi:10.1056/NEJMoa2302399]\n";

    static final String ENGLISH_BODY = """
            When the drip ends, you rest with us. Then an adult takes you home.

            == When to call us

            Call us if you feel unwell or have a question <<anand2023>>. If you have thoughts of suicide, call 988.
            """ + REFERENCE.formatted("References");

    /** Short sentences of everyday words, as a patient page in Spanish should read. */
    static final String EASY_BODY = """
            Cuando termina el goteo, descansa con nosotros. Luego un adulto le lleva a casa.

            == Qué hacer hoy

            No maneje hasta mañana. Coma algo ligero. Beba agua. Duerma bien esta noche.

            == Cuándo llamarnos

            Llame a la clínica si se siente mal o tiene una duda <<anand2023>>. Si piensa en el suicidio, llame al 988.
            """ + REFERENCE.formatted("Referencias");

    /** The same facts as a leaflet for professionals words them: long sentences of long words. */
    static final String HARD_BODY = """
            La ketamina se administra por vía intravenosa durante aproximadamente cuarenta minutos, bajo la supervisión
            continua de profesionales sanitarios debidamente acreditados. Posteriormente, el paciente permanecerá en
            observación hasta que desaparezcan completamente los efectos disociativos característicos del medicamento
            <<anand2023>>.
            """ + REFERENCE.formatted("Referencias");

    static final String HELP_NOW_BODY = """
            Si piensa en el suicidio, no tiene que esperar. Puede hablar con alguien ahora.

            == Llame o escriba al 988

            Llame al link:tel:988[988] y luego marque 2. O envíe AYUDA al 988. Es gratis. Abre todo el día y toda la noche <<lifeline>>.

            == Si hay peligro ahora

            Llame al link:tel:911[911]. Si tomó demasiado de algo, llame a Poison Help al link:tel:18002221222[1-800-222-1222] <<poison>>.

            [bibliography]
            == Referencias

            * [[[lifeline,988 Lifeline]]] 988 Suicide and Crisis Lifeline. https://988lifeline.org/es/[988lifeline.org]
            * [[[poison,Poison Help]]] Poison Help. https://www.poisonhelp.hrsa.gov/[poisonhelp.hrsa.gov]
            """;

    @TempDir
    static Path dir;
    static FixtureSite.Result result;
    static SiteFolder site;

    @BeforeAll
    static void bake() throws IOException {
        result = new FixtureSite(dir).withMinimalHome()
                .write("patients/after-your-infusion/index.adoc", body(FixtureSite.article("After your infusion",
                        "care_card=true"), ENGLISH_BODY))
                .write("es/pacientes/despues-de-la-infusion/index.adoc", body(FixtureSite.article("Después de la infusión",
                        "lang=es-US", "translation_of=" + ORIGINAL, "care_card=true",
                        "description=Qué hacer cuando termina el goteo."), EASY_BODY))
                .write("es/pacientes/dificil/index.adoc", body(FixtureSite.article("Tras la administración",
                        "lang=es-US", "description=Un texto difícil de leer."), HARD_BODY))
                .write("help-now/index.adoc", FixtureSite.article("Help now"))
                .write("es/ayuda-ahora/index.adoc", body(FixtureSite.article("Ayuda ahora", "lang=es-US",
                        "translation_of=/help-now/", "description=Ayuda en una crisis."), HELP_NOW_BODY))
                .withProjectContent("search/index.adoc")
                .write("es/buscar/index.adoc", "title=Buscar\ndescription=Buscar en este sitio.\ntype=search\n"
                        + "lang=es-US\nstatus=published\n~~~~~~\nEscriba una palabra.\n")
                .writeFile(SearchWords.CRISIS, Files.readString(BakedSite.project().resolve(SearchWords.CRISIS)))
                .bake();
        site = new SiteFolder(result.output(), "en-US");
    }

    /** An article of FixtureSite with its body replaced. */
    static String body(String article, String body) {
        return article.substring(0, article.indexOf("~~~~~~\n") + "~~~~~~\n".length()) + body;
    }

    @Test
    void the_fixture_bakes_with_pages_in_spanish() {
        assertEquals(List.of(), result.errors());
        assertEquals("es-US", site.languageOf(site.page(EASY)));
        assertEquals(List.of(site.page(EASY)), site.translationsOf(ORIGINAL));
    }

    /**
     * Readability, as PatientArticlesTest scores the real site: the English page by Flesch-Kincaid, the Spanish pages by
     * INFLESZ; the easy Spanish page passes, the hard one fails, named with its score and its limit.
     */
    @Test
    void the_easy_spanish_article_reads_easily_and_the_hard_one_fails_naming_its_page() {
        List<String> scores = new ArrayList<>();
        List<Path> pages = PatientPageChecks.readablePages(site);
        List<String> problems = PatientPageChecks.readabilityProblems(site, pages, PatientPageChecks.READABILITY, scores);
        System.out.println("Readability of the fixture's patient pages:\n" + String.join("\n", scores));
        assertEquals(List.of("/es/ayuda-ahora/", EASY, HARD, "/patients/", ORIGINAL),
                pages.stream().map(site::sitePath).sorted().toList(), "the pages scored");
        assertTrue(scores.stream().anyMatch(s -> s.endsWith(EASY + "  (INFLESZ)")), String.join("\n", scores));
        assertTrue(scores.stream().anyMatch(s -> s.endsWith(ORIGINAL)), "the English page is scored by its grade: " + scores);
        assertEquals(1, problems.size(), String.join("\n", problems));
        assertTrue(problems.get(0).matches("\\Q" + HARD + "\\E scores -?\\d+\\.\\d on INFLESZ \\(at least 55\\)"), problems.get(0));
    }

    /** The review block, the references and the care card, as PatientArticlesTest checks an original and its translations. */
    @Test
    void the_easy_spanish_article_passes_the_patient_article_checks_in_spanish() {
        List<Path> pages = PatientArticlesTest.heldLike(site, List.of(ORIGINAL));
        assertEquals(List.of(ORIGINAL, EASY), pages.stream().map(site::sitePath).toList());
        List<String> problems = new ArrayList<>();
        for (Path page : pages) {
            problems.addAll(PatientPageChecks.reviewBlockProblems(site, page));
            problems.addAll(PatientPageChecks.referenceProblems(site, page));
            problems.addAll(PatientPageChecks.careCardProblems(site, page));
        }
        assertEquals(List.of(), problems);
    }

    /** The checks read the Spanish words: the same page judged by the English ones would fail (it is not, silently). */
    @Test
    void the_spanish_words_are_what_the_checks_read() {
        String text = site.parse(site.page(EASY)).text();
        assertTrue(text.contains("Revisión clínica pendiente") && text.contains("No somos un servicio de emergencias"), text);
        assertTrue(!text.contains("Clinical review pending") && !text.contains("We are not an emergency service"), text);
    }

    /**
     * What HelpNowTest, CrisisRouteTest and SearchIT expect of a page's crisis links, A to Z and search form is Help now
     * and the search page of the page's language (helpNowFor, searchPageFor), and the Spanish pages have just that.
     */
    @Test
    void a_spanish_pages_crisis_links_a_to_z_and_search_form_lead_to_its_languages_pages() {
        Path easy = site.page(EASY);
        Path buscar = site.page("/es/buscar/");
        assertEquals(HELP_NOW, HelpNowTest.helpNowFor(site, easy));
        assertEquals("/help-now/", HelpNowTest.helpNowFor(site, site.page(ORIGINAL)));
        assertEquals("/es/buscar/", SearchIT.searchPageFor(site, easy));
        assertEquals("/search/", SearchIT.searchPageFor(site, site.page(ORIGINAL)));
        assertEquals(List.of(HELP_NOW), site.parse(easy).select(".app-footer__crisis a[href=" + HELP_NOW + "]").eachAttr("href"));
        assertEquals(List.of(HELP_NOW), site.parse(easy).select("header .app-crisis-line a[href=" + HELP_NOW + "]").eachAttr("href"));
        assertEquals(HELP_NOW, site.parse(buscar).selectFirst(".app-az").selectFirst("a[href^=/]").attr("href"));
        assertEquals("/es/buscar/", site.parse(easy).selectFirst("header form[role=search]").attr("action"));
    }

    /** Help now in Spanish reads at its stricter limit (INFLESZ 65), as HelpNowTest judges it. */
    @Test
    void help_now_in_spanish_reads_at_its_stricter_limit() {
        List<String> problems = new ArrayList<>();
        List<Path> pages = site.withTranslations("/help-now/");
        assertEquals(List.of("/help-now/", HELP_NOW), pages.stream().map(site::sitePath).toList());
        for (Path page : pages) {
            PatientPageChecks.reading(site, page, PatientPageChecks.HELP_NOW_READABILITY, problems).ifPresent(r -> {
                if (!r.within()) {
                    problems.add(r.problem(site.sitePath(page)));
                }
            });
        }
        assertEquals(List.of(), problems);
    }

    /**
     * A rule with no Spanish version fails a Spanish page, naming the page, the rule and what to add: Help now's crisis
     * facts, which a bilingual clinician's review must word.
     */
    @Test
    void help_now_in_spanish_fails_the_facts_rule_that_has_no_spanish_version() {
        assertEquals(List.of(HELP_NOW + " (lang=es-US): the rule 'Help now gives the crisis facts' has no Spanish version,"
                + " so the page cannot be judged by it: add the links and phrases a Help now page in that language must"
                + " have to PatientPageChecks.HELP_NOW_FACTS, as a bilingual clinician's review of that page words them"
                + " for \"es\" (versions today: en)"), PatientPageChecks.helpNowFactProblems(site, site.page(HELP_NOW)));
    }

    /** ... and so does the rule that decides where the care card goes (CrisisRouteTest), on every Spanish patient article. */
    @Test
    void a_spanish_article_fails_the_crisis_words_rule_that_has_no_spanish_version() {
        assertEquals(List.of(EASY + " (lang=es-US): the rule 'a patient article has the care card exactly when it discusses"
                + " suicide, self-harm or a crisis' has no Spanish version, so the page cannot be judged by it: add a pattern"
                + " of the words that mean a page discusses suicide, self-harm or a crisis, checked by a clinician who reads"
                + " the language, to CrisisRouteTest.CRISIS_WORDS for \"es\" (versions today: en)"),
                CrisisRouteTest.careCardWordProblems(site, site.page(EASY)));
        assertEquals(List.of(), CrisisRouteTest.careCardWordProblems(site, site.page(ORIGINAL)), "the English original");
    }
}
