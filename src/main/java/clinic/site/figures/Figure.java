package clinic.site.figures;

/**
 * One figure an article may place with figure::NAME[]: its drawing, from its data (data/figures/NAME.yaml, and
 * data/evidence.yaml for the evidence figures).
 */
interface Figure {

    /** The name after figure:: (also its data file's name and its data-figure attribute). */
    String name();

    /** The figure's HTML; every mistake in its data goes to `page.problems()` (the HTML may then be incomplete). */
    String draw(PageContext page, String id);
}
