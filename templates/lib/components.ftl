<#ftl output_format="HTML">
<#--
  components.ftl: the named building blocks of every page. Import as `c`.
  One name per component across macro, CSS and tests: macro `careCard` = class `app-care-card`
  = templates/css/components/care-card.css, and a test that names the class (src/test/java/clinic/site/ComponentNamesTest
  checks all of it, and that no stylesheet ships for a component nothing renders). Every tel: link is made by telLink.
-->
<#import "util.ftl" as u>

<#-- logoMark: the clinic's simple mark, decorative (the clinic name beside it is the accessible name). -->
<#macro logoMark>
<svg class="app-logo-mark" aria-hidden="true" focusable="false" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="7" fill="currentColor"/><path d="M9 8v16M23 8v16M9 16h14" stroke="#fff" stroke-width="3.5" stroke-linecap="round"/></svg>
</#macro>

<#--
  telLink: a link that dials `number`, written as readers see it ("(212) 555-0100"); the link keeps only its digits
  and +. `dial` gives the digits when they differ from the number shown. The link text is the nested content. Every
  tel: link of the templates is made here (ComponentNamesTest).
-->
<#macro telLink number dial="" linkClass=""><a<#if linkClass?has_content> class="${linkClass}"</#if> href="tel:${(dial?has_content)?then(dial, u.site.dialled(number))}"><#nested></a></#macro>

<#-- draftBanner: shown only on drafts, which exist only in the preview. -->
<#macro draftBanner>
<div class="app-draft-banner" role="note">${u.t("draft_banner")}</div>
</#macro>

<#-- exampleBanner: tells every reader the clinic's contact details are placeholders, until they are replaced. One
     short line, so it does not push the page's own text off a phone's first screen. -->
<#macro exampleBanner>
<#if u.site.examples()>
<div class="app-example-banner" role="note">${u.t("example_banner")}</div>
</#if>
</#macro>

<#--
  crisisLine: the compact crisis route at the foot of every page's header (988, 911 and the help page), so a reader in
  crisis finds it on the first screen without it pushing the page's text down. The full careCard is for pages that
  discuss suicide, self-harm or a crisis. The help page is linked once it is published, but not from itself: a link
  to the page a frightened reader is already on only makes them look twice. sitePath  the page's own path.
-->
<#macro crisisLine sitePath>
<#local call><@telLink number="988">988</@telLink></#local><#t>
<#local emergency><@telLink number="911">911</@telLink></#local><#t>
<p class="app-crisis-line"><strong>${u.t("crisis_line.heading")}</strong> <span class="app-crisis-line__item">${u.t("crisis_line.call", {"number": call})}</span> <span class="app-crisis-line__item">${u.t("crisis_line.emergency", {"number": emergency})}</span><#if u.site.page(u.helpNow())?? && sitePath != u.helpNow()> <a href="${u.helpNow()}">${u.t("crisis_line.help_now")}</a></#if></p>
</#macro>

<#--
  languageLink: the same page in its other languages (SiteModel.alternates; decision 0046), each named in its own
  words ("Español") and marked with its language, so a screen reader says it in that language. Nothing on a page that
  is in one language only.
-->
<#macro languageLink doc>
<#local others = u.site.alternates(doc.file!"")?filter(version -> version.language != u.lang())>
<#if others?has_content>
<p class="app-language-link"><#list others as version><a href="${version.sitePath}" hreflang="${version.language}" lang="${version.language}">${version.name}</a><#sep> &middot; </#sep></#list></p>
</#if>
</#macro>

<#-- contactDetails: phone, secure email, address and hours from jbake.properties (never typed into content). -->
<#macro contactDetails>
<ul class="app-contact-details">
  <#local phone><@telLink number=u.configText("clinic_phone")>${u.configText("clinic_phone")}</@telLink></#local><#t>
  <#local email><a href="mailto:${u.configText("clinic_email")}">${u.configText("clinic_email")}</a></#local><#t>
  <li>${u.t("contact.phone", {"phone": phone})}</li>
  <li>${u.t("contact.email", {"email": email})}</li>
  <li>${u.t("contact.address", {"street": u.configText("clinic_address_street"), "city": u.configText("clinic_address_city"), "region": u.configText("clinic_address_region"), "postcode": u.configText("clinic_address_postcode")})}</li>
  <li>${u.t("contact.hours", {"hours": u.configText("clinic_hours")})}</li>
</ul>
</#macro>

<#--
  careCard: NHS-style "when to get help now" card for pages that discuss suicide, self-harm or a crisis (front matter
  care_card=true; article.ftl puts it after the page's introduction). Every page has the compact crisisLine.
  The urgency is in visually hidden text for screen readers, never colour alone. sitePath  the page's own path (the
  help page is not linked from itself). actions=true (care_card=actions, the Help now page, right under its lead):
  the big buttons of crisisActions instead of the reasons to call, which that page's own text gives.
-->
<#macro careCard sitePath actions=false>
<aside class="app-care-card" aria-labelledby="care-card-heading">
  <h2 class="app-care-card__heading" id="care-card-heading"><span class="app-u-visually-hidden">${u.t("care_card.urgent")} </span>${u.t("care_card.heading")}</h2>
  <div class="app-care-card__body">
    <#local emergency><@telLink number="911"><strong>911</strong></@telLink></#local><#t>
    <#if actions>
    <@crisisActions/>
    <#else>
    <#local call><@telLink number="988"><strong>988</strong></@telLink></#local><#t>
    <p>${u.t("care_card.call", {"number": call})}</p>
    <ul>
      <li>${u.t("care_card.reason_thoughts")}</li>
      <li>${u.t("care_card.reason_unsafe")}</li>
    </ul>
    </#if>
    <p>${u.t("care_card.emergency", {"number": emergency})}</p>
    <#if sitePath != u.helpNow()><p><a href="${u.helpNow()}">${u.t("care_card.help_now")}</a></p></#if>
    <p class="app-care-card__note">${u.t("care_card.note")}</p>
  </div>
</aside>
</#macro>

<#--
  crisisActions: Call 988, Text 988 and Chat at 988lifeline.org as big buttons (crisis-actions.css, in the page bundles
  of the pages that show them: /css/search.css and /css/crisis.css).
-->
<#macro crisisActions>
<ul class="app-crisis-actions">
  <li><@telLink number="988" linkClass="app-crisis-actions__action">${u.t("crisis_actions.call")}</@telLink></li>
  <li><a class="app-crisis-actions__action" href="sms:988">${u.t("crisis_actions.text")}</a></li>
  <li><a class="app-crisis-actions__action" href="https://988lifeline.org/">${u.t("crisis_actions.chat")}</a></li>
</ul>
</#macro>

<#--
  contentsList: "On this page" links to the level-2 sections of an article (only on long pages).
  A native <details> disclosure: closed on phones, so the article's text comes first, and opened by keyboard or touch
  without JavaScript; on wide screens CSS shows the list whether or not it is open (as the header's menu does).
  headings  the page's level-2 sections, {id, html} (clinic.site.model.Outline)
-->
<#macro contentsList headings>
<nav class="app-contents-list" aria-label="${u.t("contents.label")}">
  <details class="app-contents-list__toggle">
    <summary class="app-contents-list__heading">${u.t("contents.label")}</summary>
    <ol class="app-contents-list__list">
      <#list headings as h>
      <#-- Heading HTML comes from Asciidoctor's own output (already escaped), so printing it as-is is safe. -->
      <li><a href="#${h.id}">${h.html?no_esc}</a></li>
      </#list>
    </ol>
  </details>
</nav>
</#macro>

<#--
  reviewDates: NHS "Page last reviewed / Next review due" block, placed right after the content.
  review  the page's SiteModel.Review (dates, who signed it, whether that is still pending, days to the next review)
  author  plain text
  Honest status (issue 14): while the reviewer is still an example value, no review has happened, so the block says
  the clinical review is pending instead of naming a reviewer (production refuses example values anyway).
-->
<#macro reviewDates review author>
<div class="app-review-dates">
  <#local reviewed><time datetime="${review.reviewed}">${u.longDate(review.reviewed)}</time></#local><#t>
  <#local next><time datetime="${review.nextReview}">${u.longDate(review.nextReview)}</time></#local><#t>
  <#if review.pending>
  <p>${u.t("review.written_pending", {"author": author})}</p>
  <p>${u.t("review.last_updated", {"date": reviewed})}<br>
  <#else>
  <p>${u.t("review.written_reviewed", {"author": author, "reviewer": review.signedBy})}</p>
  <p>${u.t("review.last_reviewed", {"date": reviewed})}<br>
  </#if>
  ${u.t("review.next_due", {"date": next})}</p>
  <#-- The warning window before a review falls due (the bake fails once it is overdue). Editors only: the
       public build does not show it. -->
  <#if review.dueSoon>
  <p class="app-review-dates__due-soon" role="note">${u.t("review.due_soon", {"days": review.daysLeft?c})}</p>
  </#if>
</div>
</#macro>

<#--
  related: "Next step" and "Related pages" at the end of an article, from the front-matter fields
  `next` and `related` (SiteModel.links). A path that is not a published page stops the build
  (clinic.site.validation.SiteRules).
  links  {next: a page or nothing, related: pages}
-->
<#macro related links>
<#if links.next?? || links.related?has_content>
<nav class="app-related" aria-label="${u.t("related.label")}">
  <#if links.next??>
  <p class="app-related__next"><span class="app-related__label">${u.t("related.next")}</span> <a href="${links.next.sitePath}">${links.next.title}</a></p>
  </#if>
  <#if links.related?has_content>
  <h2 class="app-related__heading">${u.t("related.heading")}</h2>
  <ul class="app-related__list">
    <#list links.related as r>
    <li><a href="${r.sitePath}">${r.title}</a></li>
    </#list>
  </ul>
  </#if>
</nav>
</#if>
</#macro>

<#--
  prose: a page's text from Asciidoctor, in the site's reading measure and text styles.
  html  markup: the page's body (content.body?no_esc), converted under the site's rules (no raw <script>, no inline
        styles, figures drawn by clinic.site.figures), so it is printed as it is
-->
<#macro prose html>
<div class="app-prose">
${html}
</div>
</#macro>

<#--
  search: the site search form, a plain GET to the search page of the page's language (/search/ unless that language
  has its own, SiteModel.searchPage) so that it works without JavaScript. In every page's header
  (a compact field, its label for screen readers only) and, larger, on the search page (`page`=true: a visible
  label, the hint under the field from the search page's text as nested content, and the ids search.js uses).
-->
<#macro search page=false>
<#if page>
<form class="app-search app-search--page" id="search-form" role="search" action="${u.site.searchPage(u.lang())}" method="get">
  <label class="app-search__label" for="search-q">${u.t("search.label")}</label>
  <input class="app-search__input" id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
  <button class="app-search__button" type="submit">${u.t("search.button")}</button>
  <div class="app-search__hint" id="search-hint"><#nested></div>
</form>
<#else>
<form class="app-search" role="search" action="${u.site.searchPage(u.lang())}" method="get">
  <label class="app-u-visually-hidden" for="header-q">${u.t("search.label")}</label>
  <input class="app-search__input" id="header-q" type="search" name="q">
  <button class="app-search__button" type="submit">${u.t("search.button")}</button>
</form>
</#if>
</#macro>

<#--
  door: one of the two large entry points on the home page.
-->
<#macro door href heading>
<a class="app-door" href="${href}">
  <span class="app-door__heading">${heading}</span>
  <span class="app-door__text"><#nested></span>
</a>
</#macro>

<#--
  articleList: the articles of one group on a section page.
  articles  the group's published articles (in the preview, its drafts too, each marked "Draft"), in `order`
  (SiteModel.groups)
-->
<#macro articleList articles>
<ul class="app-article-list">
  <#list articles as d>
  <li class="app-article-list__item">
    <a class="app-article-list__link" href="${d.sitePath}">${d.title}</a><#if d.status == "draft"> <strong class="app-article-list__draft">${u.t("article_list.draft")}</strong></#if>
    <p class="app-article-list__description">${d.description}</p>
  </li>
  </#list>
</ul>
</#macro>

<#--
  newsList: dated news posts, newest first.
  posts  published posts, already sorted (SiteModel.newsPosts)
-->
<#macro newsList posts>
<ul class="app-news-list">
  <#list posts as p>
  <li class="app-news-list__item">
    <a class="app-news-list__link" href="${p.sitePath}">${p.title}</a>
    <p class="app-news-list__meta"><time datetime="${p.published}">${u.longDate(p.published)}</time></p>
    <p class="app-news-list__description">${p.description}</p>
  </li>
  </#list>
</ul>
</#macro>

<#--
  reportProblem: "Report a problem with this page", a plain mailto: link to the clinic's editorial address
  (clinic.editorial_email) with the page's address in the subject. No form, no third party.
-->
<#macro reportProblem sitePath>
<#local subject = u.tPlain("report_problem.subject", {"address": u.absolute(sitePath)})>
<p class="app-report-problem"><a href="mailto:${u.configText("clinic_editorial_email")}?subject=${subject?url("UTF-8")}">${u.t("report_problem.link")}</a></p>
</#macro>

<#--
  editorNote: for editors in the preview (any build but the public one, site.mode=production): the source file to
  edit and, for articles, when the clinical review is due.
  doc  the JBake document behind the page ({} for pages without one)
-->
<#macro editorNote doc>
<#if (config.site_mode!"") != "production" && (doc.file!"")?has_content>
<aside class="app-editor-note" aria-label="${u.t("editor_note.label")}">
  <#local file><code>${u.site.sourceFile(doc.file)}</code></#local><#t>
  <p>${u.t("editor_note.file", {"file": file})}<#if (doc.next_review!"")?has_content><#local date><time datetime="${doc.next_review}">${u.longDate(doc.next_review)}</time></#local> ${u.t("editor_note.review", {"date": date})}</#if></p>
  <#local stale = u.site.staleTranslation(doc.file)!>
  <#if stale?has_content>
  <#local original><a href="${stale.original}">${stale.original}</a></#local><#t>
  <#local date><time datetime="${stale.reviewed}">${u.longDate(stale.reviewed)}</time></#local><#t>
  <p>${u.t("editor_note.stale_translation", {"original": original, "date": date})}</p>
  </#if>
</aside>
</#if>
</#macro>
