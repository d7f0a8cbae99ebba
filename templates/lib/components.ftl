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
<div class="app-draft-banner" role="note"><strong>Draft.</strong> This page is not published. Only the preview shows it.</div>
</#macro>

<#-- exampleBanner: tells every reader the clinic's contact details are placeholders, until they are replaced. One
     short line, so it does not push the page's own text off a phone's first screen. -->
<#macro exampleBanner>
<#if u.site.examples()>
<div class="app-example-banner" role="note">Sample site: the clinic's details here are examples.</div>
</#if>
</#macro>

<#--
  crisisLine: the compact crisis route at the foot of every page's header (988, 911 and the help page), so a reader in
  crisis finds it on the first screen without it pushing the page's text down. The full careCard is for pages that
  discuss suicide, self-harm or a crisis. The help page is linked once it is published.
-->
<#macro crisisLine>
<p class="app-crisis-line"><strong>In crisis?</strong> <span class="app-crisis-line__item">Call or text <@telLink number="988">988</@telLink>.</span> <span class="app-crisis-line__item">Emergency: <@telLink number="911">911</@telLink>.</span><#if u.site.page("/help-now/")??> <a href="/help-now/">Help now</a></#if></p>
</#macro>

<#-- contactDetails: phone, secure email, address and hours from jbake.properties (never typed into content). -->
<#macro contactDetails>
<ul class="app-contact-details">
  <li>Phone: <@telLink number=u.configText("clinic_phone")>${u.configText("clinic_phone")}</@telLink></li>
  <li>Secure email: <a href="mailto:${u.configText("clinic_email")}">${u.configText("clinic_email")}</a></li>
  <li>Address: ${u.configText("clinic_address_street")}, ${u.configText("clinic_address_city")}, ${u.configText("clinic_address_region")} ${u.configText("clinic_address_postcode")}</li>
  <li>Hours: ${u.configText("clinic_hours")}</li>
</ul>
</#macro>

<#--
  careCard: NHS-style "when to get help now" card for pages that discuss suicide, self-harm or a crisis (front matter
  care_card=true; article.ftl puts it after the page's introduction). Every page has the compact crisisLine.
  The urgency is in visually hidden text for screen readers, never colour alone.
-->
<#macro careCard>
<aside class="app-care-card" aria-labelledby="care-card-heading">
  <h2 class="app-care-card__heading" id="care-card-heading"><span class="app-u-visually-hidden">Urgent advice: </span>When to get help now</h2>
  <div class="app-care-card__body">
    <p>Call or text <@telLink number="988"><strong>988</strong></@telLink> (Suicide and Crisis Lifeline, any time) if:</p>
    <ul>
      <li>you are thinking about ending your life or hurting yourself</li>
      <li>you feel you cannot keep yourself safe</li>
    </ul>
    <p>Call <@telLink number="911"><strong>911</strong></@telLink> or go to the nearest emergency room if you or someone else is in danger now.</p>
    <p><a href="/help-now/">Help now: what to do right now</a></p>
    <p class="app-care-card__note">We are not an emergency service, and we do not watch messages out of hours.</p>
  </div>
</aside>
</#macro>

<#--
  contentsList: "On this page" links to the level-2 sections of an article (only on long pages).
  A native <details> disclosure: closed on phones, so the article's text comes first, and opened by keyboard or touch
  without JavaScript; on wide screens CSS shows the list whether or not it is open (as the header's menu does).
  headings  the page's level-2 sections, {id, html} (clinic.site.asciidoc.SectionOutline)
-->
<#macro contentsList headings>
<nav class="app-contents-list" aria-label="On this page">
  <details class="app-contents-list__toggle">
    <summary class="app-contents-list__heading">On this page</summary>
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
  <#if review.pending>
  <p>Written by ${author}. <strong>Clinical review pending:</strong> the clinic's medical reviewer has not yet been named, so no clinician has signed this page off.</p>
  <p>Last updated: <time datetime="${review.reviewed}">${u.longDate(review.reviewed)}</time><br>
  <#else>
  <p>Written by ${author}. Clinically reviewed by ${review.signedBy}.</p>
  <p>Page last reviewed: <time datetime="${review.reviewed}">${u.longDate(review.reviewed)}</time><br>
  </#if>
  Next review due: <time datetime="${review.nextReview}">${u.longDate(review.nextReview)}</time></p>
  <#-- The warning window before a review falls due (the bake fails once it is overdue). Editors only: the
       public build does not show it. -->
  <#if review.dueSoon>
  <p class="app-review-dates__due-soon" role="note"><strong>Editors:</strong> this page's clinical review is due in ${review.daysLeft} day(s). Ask the reviewer to check it now.</p>
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
<nav class="app-related" aria-label="Next step and related pages">
  <#if links.next??>
  <p class="app-related__next"><span class="app-related__label">Next step:</span> <a href="${links.next.sitePath}">${links.next.title}</a></p>
  </#if>
  <#if links.related?has_content>
  <h2 class="app-related__heading">Related pages</h2>
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
  search: the site search form, a plain GET to /search/ so that it works without JavaScript. In every page's header
  (a compact field, its label for screen readers only) and, larger, on the search page (`page`=true: a visible
  label, the hint under the field from the search page's text as nested content, and the ids search.js uses).
-->
<#macro search page=false>
<#if page>
<form class="app-search app-search--page" id="search-form" role="search" action="/search/" method="get">
  <label class="app-search__label" for="search-q">Search this website</label>
  <input class="app-search__input" id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
  <button class="app-search__button" type="submit">Search</button>
  <div class="app-search__hint" id="search-hint"><#nested></div>
</form>
<#else>
<form class="app-search" role="search" action="/search/" method="get">
  <label class="app-u-visually-hidden" for="header-q">Search this website</label>
  <input class="app-search__input" id="header-q" type="search" name="q">
  <button class="app-search__button" type="submit">Search</button>
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
    <a class="app-article-list__link" href="${d.sitePath}">${d.title}</a><#if d.status == "draft"> <strong class="app-article-list__draft">Draft</strong></#if>
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
<#local subject = "Problem with the page " + u.absolute(sitePath)>
<p class="app-report-problem"><a href="mailto:${u.configText("clinic_editorial_email")}?subject=${subject?url("UTF-8")}">Report a problem with this page</a></p>
</#macro>

<#--
  editorNote: for editors in the preview (any build but the public one, site.mode=production): the source file to
  edit and, for articles, when the clinical review is due.
  doc  the JBake document behind the page ({} for pages without one)
-->
<#macro editorNote doc>
<#if (config.site_mode!"") != "production" && (doc.file!"")?has_content>
<aside class="app-editor-note" aria-label="For editors">
  <p><strong>For editors (not in the public site):</strong> edit this page in <code>${u.site.sourceFile(doc.file)}</code>.<#if (doc.next_review!"")?has_content> Its clinical review is due on <time datetime="${doc.next_review}">${u.longDate(doc.next_review)}</time>.</#if></p>
</aside>
</#if>
</#macro>
