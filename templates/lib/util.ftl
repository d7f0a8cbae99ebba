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

<#-- The content file a document was baked from, relative to the project ("content/patients/x/index.adoc"). -->
<#function sourceFile doc>
  <#return "content/" + doc.file?replace("\\", "/")?keep_after_last("/content/")>
</#function>

<#-- Absolute URL for canonical and Open Graph tags, from the per-environment base URL (pom property site.baseurl). -->
<#function absolute sitePath>
  <#return site.absolute(sitePath)>
</#function>

<#-- "2026-11-24" -> "24 November 2026". Assumes a date already checked (clinic.site.validation.HeaderRules). -->
<#function longDate isoDate>
  <#return isoDate?date("yyyy-MM-dd")?string("d MMMM yyyy")>
</#function>


<#-- A config value that may have been split at commas by JBake's configuration reader. -->
<#function configText key>
  <#local v = config[key]!"">
  <#if v?is_sequence><#return v?join(", ")></#if>
  <#return v?string>
</#function>

<#-- Headings (id, inner HTML) of the level-2 sections of rendered AsciiDoc, for the "On this page" list. -->
<#function sectionHeadings body>
  <#local result = []>
  <#list body?matches(r'<h2 id="([^"]+)">(.*?)</h2>', "s") as m>
    <#local result = result + [{"id": m?groups[1], "html": m?groups[2]}]>
  </#list>
  <#return result>
</#function>

<#-- A document's rendered body, minus the inline column widths Asciidoctor writes for `[cols=...]` tables: the
     Content-Security-Policy allows no inline styles, so browsers would ignore (and report) them anyway. -->
<#function body doc>
  <#if !doc.body?contains('<col style="width: ')><#return doc.body></#if>
  <#return doc.body?replace(r'<col style="width: [0-9.]+%;">', '<col>', 'r')>
</#function>
