<#ftl output_format="HTML">
<#--
  layout.ftl: the page skeleton. Import as `layout`.
  One balanced macro (`base`) writes the whole document; page templates are a single <@layout.base> block.
-->
<#import "util.ftl" as u>
<#import "components.ftl" as c>

<#--
  base: the whole HTML document around a page's main content.
  title       page title (plain text; escaped here)
  description meta description (plain text)
  sitePath    the page's own path, e.g. "/patients/" (for canonical, breadcrumbs, current nav item)
  ogType      Open Graph type: "website" or "article"
  draft       true shows the draft banner and keeps the page out of search engines
  indexable   false adds noindex (the 404 page)
  doc         the JBake document, when there is one (for structured data and the editor's note)
  pageCss     a page's own stylesheet after site.css (/css/search.css, /css/home.css: clinic.site.output.Stylesheet), or ""
-->
<#macro base title description sitePath ogType="website" draft=false indexable=true doc={} pageCss="">
<#local clinic = u.configText("clinic_name")>
<#local canonical = u.absolute(sitePath)>
<!DOCTYPE html>
<html lang="${u.lang()}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<#-- No inline script or style anywhere, so the policy needs no 'unsafe-inline'. Repeated in the host headers. -->
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">
<meta name="referrer" content="strict-origin-when-cross-origin">
<title>${(sitePath == "/")?then(clinic, title + " | " + clinic)}</title>
<meta name="description" content="${description}">
<link rel="canonical" href="${canonical}">
<#list u.site.alternates(doc.file!"") as version><link rel="alternate" hreflang="${version.language}" href="${version.href}">
</#list>
<#if draft || !indexable><meta name="robots" content="noindex"></#if>
<meta property="og:type" content="${ogType}">
<meta property="og:site_name" content="${clinic}">
<meta property="og:title" content="${title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
<meta property="og:locale" content="${u.lang()?replace("-", "_")}">
<meta name="color-scheme" content="light dark">
<meta name="theme-color" content="#00546b">
<link rel="stylesheet" href="/css/site.css">
<#if pageCss?has_content><link rel="stylesheet" href="${pageCss}"></#if>
<#-- What only some pages show, in stylesheets of their own (clinic.site.output.Stylesheet.PAGE_BUNDLES): the header's
     link to a translation, and the draft banner. -->
<#if u.site.alternates(doc.file!"")?has_content><link rel="stylesheet" href="/css/language.css"></#if>
<#if draft><link rel="stylesheet" href="/css/draft.css"></#if>
<link rel="stylesheet" href="/css/print.css" media="print">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="icon" href="/favicon.ico" sizes="32x32">
<#-- schema.org JSON-LD (clinic.site.model.StructuredData): written with a JSON library, every "<" escaped, so it
     is printed as it is. -->
<script type="application/ld+json">${u.site.structuredData(doc.file!"", title, description, sitePath)?no_esc}</script>
</head>
<body>
<@skipLink/>
<#if draft><@c.draftBanner/></#if>
<@c.exampleBanner/>
<@header sitePath=sitePath doc=doc/>
<div class="app-width-container">
<@breadcrumbs sitePath=sitePath title=title/>
<main id="main" class="app-main" tabindex="-1">
<#nested>
</main>
<@c.editorNote doc=doc/>
<@c.reportProblem sitePath=sitePath/>
</div>
<@footer/>
</body>
</html>
</#macro>

<#-- skipLink: the first link of every page, shown when focused, to jump past the header to the main content. -->
<#macro skipLink>
<a class="app-skip-link" href="#main">${u.t("skip_link")}</a>
</#macro>

<#--
  nav: the primary navigation in the header. On phones it folds into a native <details> disclosure: it opens and
  closes by keyboard and touch with no JavaScript, its list dropping over the page; on wide screens CSS shows the list
  and hides the "Menu" button.
  items    {href, label, section} for each entry; current  the section of the page (aria-current)
-->
<#macro nav items current sitePath>
    <nav class="app-nav" aria-label="${u.t("nav.label")}">
      <details class="app-nav__toggle">
        <summary class="app-nav__button">${u.t("nav.menu")}</summary>
        <ul class="app-nav__list">
          <#list items as item>
          <li class="app-nav__item"><a class="app-nav__link" href="${item.href}"<#if current == item.section> aria-current="${(sitePath == item.href)?then("page", "true")}"</#if>>${item.label}</a></li>
          </#list>
        </ul>
      </details>
    </nav>
</#macro>

<#--
  header: clinic name, phone, site search, the primary navigation (nav, beside the search field on phones), and the
  compact crisis line.
-->
<#macro header sitePath doc>
<#local current = u.site.sectionOf(sitePath)>
<#local items = [
  {"href": "/patients/", "label": u.t("nav.patients"), "section": "patients"},
  {"href": "/physicians/", "label": u.t("nav.physicians"), "section": "physicians"},
  {"href": "/about/", "label": u.t("nav.about"), "section": "about"},
  {"href": "/contact/", "label": u.t("nav.contact"), "section": "contact"}
]>
<header class="app-header">
  <div class="app-header__inner">
    <@c.languageLink doc=doc/>
    <a class="app-header__logo" href="/"><@c.logoMark/><span class="app-header__name">${u.configText("clinic_name")}</span></a>
    <#-- Referrers reading the physicians' pages (and their printed form) call the physician line, not the patients'. -->
    <#local physicians = current == "physicians">
    <#local number = u.configText(physicians?then("clinic_physician_line", "clinic_phone"))>
    <#local phone><@c.telLink number=number>${number}</@c.telLink></#local><#t>
    <p class="app-header__phone">${physicians?then(u.t("header.call_physicians", {"phone": phone}), u.t("header.call", {"phone": phone}))}</p>
    <#-- Site search: a plain form, so it works without JavaScript; the search page has its own, larger field. -->
    <#if sitePath != u.site.searchPage(u.lang())>
    <@c.search/>
    </#if>
    <@nav items=items current=current sitePath=sitePath/>
  </div>
  <@c.crisisLine sitePath=sitePath/>
</header>
</#macro>

<#--
  breadcrumbs: the trail from Home to the current page (SiteModel.breadcrumbs: the path's ancestors that are
  published pages). Nothing on the home page.
-->
<#macro breadcrumbs sitePath title>
<#local trail = u.site.breadcrumbs(sitePath, u.lang())>
<#if trail?has_content>
<nav class="app-breadcrumbs" aria-label="${u.t("breadcrumbs.label")}">
  <ol class="app-breadcrumbs__list">
    <#list trail as crumb>
    <li class="app-breadcrumbs__item"><a class="app-breadcrumbs__link" href="${crumb.href}">${crumb.title}</a></li>
    </#list>
    <li class="app-breadcrumbs__item app-breadcrumbs__item--current" aria-current="page">${title}</li>
  </ol>
</nav>
</#if>
</#macro>

<#--
  footer: crisis line, contact details, opening hours, and the policy links, the same on every page
  (WCAG 3.2.6 consistent help).
-->
<#macro footer>
<footer class="app-footer">
  <div class="app-footer__inner">
    <#local call><@c.telLink number="988">988</@c.telLink></#local><#t>
    <#local emergency><@c.telLink number="911">911</@c.telLink></#local><#t>
    <p class="app-footer__crisis">${u.t("footer.crisis", {"call": call, "emergency": emergency, "help_now": u.helpNow()})}</p>
    <div class="app-footer__columns">
      <section class="app-footer__column" aria-labelledby="footer-contact">
        <h2 class="app-footer__heading" id="footer-contact">${u.t("footer.contact_heading")}</h2>
        <@c.contactDetails/>
      </section>
      <section class="app-footer__column" aria-labelledby="footer-about">
        <h2 class="app-footer__heading" id="footer-about">${u.t("footer.about_heading")}</h2>
        <ul class="app-footer__links">
          <li><a href="/about/">${u.t("footer.about")}</a></li>
          <li><a href="/editorial-policy/">${u.t("footer.editorial_policy")}</a></li>
          <li><a href="/medical-disclaimer/">${u.t("footer.medical_disclaimer")}</a></li>
          <li><a href="/privacy/">${u.t("footer.privacy")}</a></li>
          <li><a href="/accessibility/">${u.t("footer.accessibility")}</a></li>
        </ul>
      </section>
    </div>
    <p class="app-footer__meta">${u.t("footer.meta", {"year": .now?string("yyyy"), "clinic": u.configText("clinic_name")})}</p>
  </div>
</footer>
</#macro>
