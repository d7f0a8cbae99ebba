<#ftl output_format="HTML">
<#--
  util.ftl: the site model and small text functions, no markup. Import as `u`.
  Every date the site prints goes through here so the format is the same everywhere (NHS style: "24 November 2026").
-->
<#setting locale="en_US">

<#-- The site as a whole, worked out once per bake in Java (clinic.site.model.SiteModel): published pages by address,
     breadcrumbs, each section's groups of articles, news newest first, the A to Z, the sitemap, example facts.
     JBake hands every model extractor's value to FreeMarker as a list, hence [0] (clinic.site.model.SiteModelExtractor). -->
<#assign site = site_model[0]>

<#-- Site path of a document, without "index.html": "patients/x/index.html" -> "/patients/x/". -->
<#function path doc>
  <#return "/" + doc.uri?remove_ending("index.html")>
</#function>

<#-- Absolute URL for canonical and Open Graph tags, from the per-environment base URL (pom property site.baseurl). -->
<#function absolute sitePath>
  <#return site.absolute(sitePath)>
</#function>

<#-- The language of the page being written: its `lang` field (a page of another edition, "es-US"), else the site's
     (SiteModel.language). JBake gives every page's template its document as `content`; the 404 page, the feed and
     the sitemap have none, and are in the site's language. -->
<#function lang>
  <#return site.language((content.lang)!"")>
</#function>

<#-- The Help now page's address in the page's language: its translation when one is published (SiteModel.helpNow). -->
<#function helpNow>
  <#return site.helpNow(lang())>
</#function>

<#-- "2026-11-24" -> "24 November 2026", in the words of the page's language (SiteModel.longDate, message date.long).
     Assumes a date already checked (clinic.site.validation.HeaderRules). -->
<#function longDate isoDate>
  <#return site.longDate(isoDate, lang())>
</#function>

<#-- A config value as text (JBake splits values at commas; SiteModel.configText joins them again). -->
<#function configText key>
  <#return site.configText(key)>
</#function>

<#--
  t: the page chrome's words for `key` in the page's language (templates/messages/en.properties for en-US, through
  SiteModel.message), as markup.
  args  {name: value} for each {name} place of the message: markup (a captured link) as it is, text escaped.
-->
<#function t key args={}>
  <#local places = {}>
  <#list args as name, value>
    <#local places = places + {name: value?is_markup_output?then(value, value?esc)?markup_string}>
  </#list>
  <#-- The messages are the site's own HTML (like the templates) and every value put in them was escaped above:
       safe to hand on as markup. -->
  <#return site.message(lang(), key, places)?no_esc>
</#function>

<#--
  tPlain: the words for `key` as plain text, for places that escape text themselves or are not HTML (the page title,
  the feed, a mail subject). Only for messages without markup; args {name: text}.
-->
<#function tPlain key args={}>
  <#return site.message(lang(), key, args)>
</#function>
