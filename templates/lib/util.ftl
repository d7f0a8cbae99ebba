<#ftl output_format="HTML">
<#--
  util.ftl: functions only, no markup. Import as `u`.
  Every date the site prints goes through here so the format is the same everywhere (NHS style: "24 November 2026").
-->
<#setting locale="en_US">

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
  <#return config.site_baseurl?remove_ending("/") + sitePath>
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

<#-- The build's store for values worked out once and read many times (bake_memo, clinic.site.bake.BakeMemo: JBake hands
     it over as a one-item list), or "" where JBake runs without it (the tests' fixture bakes). -->
<#function bakeMemo>
  <#return (bake_memo[0])!"">
</#function>

<#-- pagesByPath's result for the page being rendered ("" until first asked). -->
<#assign pagesByPathOnce = "">

<#--
  Published web pages keyed by site path, each as {"title": ...}: what breadcrumbs, related links and the link checks
  need. Built in one pass (`hash + hash` in a loop costs the square of the page count), once per bake when the build
  keeps it in bake_memo (clinic.site.bake.BakeMemo), else once per page (docs/benchmark.md).
-->
<#function pagesByPath>
  <#if !pagesByPathOnce?is_hash>
    <#local memo = bakeMemo()>
    <#if memo?is_method && memo("pagesByPath")??>
      <#assign pagesByPathOnce = memo("pagesByPath")>
    <#else>
      <#local entries = published_content?filter(d -> isPage(d))?map(d -> '"' + path(d)?json_string + '":{"title":"' + (d.title!"")?json_string + '"}')>
      <#assign pagesByPathOnce = ("{" + entries?join(",") + "}")?eval_json>
      <#if memo?is_method><#local kept = memo("pagesByPath", pagesByPathOnce)></#if>
    </#if>
  </#if>
  <#return pagesByPathOnce>
</#function>

<#-- The document types that are web pages (not the search index, which is also a JBake
     document). A hash, not a list: ?seq_contains compares with the locale's collator, and isPage runs for every
     document on every page (docs/benchmark.md). -->
<#assign pageTypes = {"home": true, "section": true, "article": true, "page": true, "post": true, "news": true, "search": true}>

<#-- True for documents that are web pages. -->
<#function isPage doc>
  <#return pageTypes[doc.type]??>
</#function>

<#-- The section a path belongs to ("patients", "physicians" or ""), for the header's current-page marker. -->
<#function sectionOf sitePath>
  <#local parts = sitePath?split("/")?filter(p -> p?has_content)>
  <#return parts?has_content?then(parts[0], "")>
</#function>

<#-- Ancestor paths of a site path, root first: "/a/b/c/" -> ["/", "/a/", "/a/b/"]. -->
<#function ancestors sitePath>
  <#local parts = sitePath?split("/")?filter(p -> p?has_content)>
  <#local result = ["/"]>
  <#local acc = "/">
  <#list parts as p>
    <#if p?has_next>
      <#local acc = acc + p + "/">
      <#local result = result + [acc]>
    </#if>
  </#list>
  <#return (parts?size == 0)?then([], result)>
</#function>

<#-- Clinic facts still holding example values (the word "example" or a fictional 555-01xx number), and protocol values
     still marked example. -->
<#function exampleFacts>
  <#local found = []>
  <#-- Filtered before sorting: JBake's configuration has hundreds of keys, and this runs on every page. -->
  <#list config?keys?filter(k -> k?starts_with("clinic_") || k == "site_baseurl")?sort as k>
    <#local v = configText(k)>
    <#if v?matches(r"(?is).*(example|555[\s.-]*01\d\d).*")>
      <#local found = found + [k?replace("_", ".", "f") + "=" + v]>
    </#if>
  </#list>
  <#-- Protocol values (data/clinic-protocol.yaml) not yet confirmed: clinic.site.protocol.ClinicProtocol lists them. -->
  <#list (config.protocol_examples!"")?trim?split(" ")?filter(k -> k?has_content) as k>
    <#local found = found + ["data/clinic-protocol.yaml: " + k + " (example: true)"]>
  </#list>
  <#return found>
</#function>

<#-- Headings (id, inner HTML) of the level-2 sections of rendered AsciiDoc, for the "On this page" list. -->
<#function sectionHeadings body>
  <#local result = []>
  <#list body?matches(r'<h2 id="([^"]+)">(.*?)</h2>', "s") as m>
    <#local result = result + [{"id": m?groups[1], "html": m?groups[2]}]>
  </#list>
  <#return result>
</#function>

<#-- Documents sorted by their numeric `order` field (a plain sort_by would put "100" before "20"). -->
<#function byOrder docs>
  <#local result = []>
  <#local last = -1>
  <#list docs?map(d -> d.order?number)?sort as o>
    <#if o != last>
      <#local result = result + docs?filter(d -> d.order?number == o)>
      <#local last = o>
    </#if>
  </#list>
  <#return result>
</#function>

<#-- The groups a section lists its articles under, from site.groups_<audience> ("key:Heading,..."). -->
<#function groups audience>
  <#local raw = config["site_groups_" + audience]!"">
  <#local items = raw?is_sequence?then(raw, [raw])>
  <#return items?map(i -> {"key": i?keep_before(":")?trim, "label": i?keep_after(":")?trim})>
</#function>

<#-- A front-matter list of site paths ("/a/, /b/") as a sequence of trimmed, non-empty paths. -->
<#function linkList value>
  <#return value?split(",")?map(s -> s?trim)?filter(s -> s?has_content)>
</#function>

<#-- A document's rendered body, minus the inline column widths Asciidoctor writes for `[cols=...]` tables: the
     Content-Security-Policy allows no inline styles, so browsers would ignore (and report) them anyway. -->
<#function body doc>
  <#if !doc.body?contains('<col style="width: ')><#return doc.body></#if>
  <#return doc.body?replace(r'<col style="width: [0-9.]+%;">', '<col>', 'r')>
</#function>

<#-- The date a page last changed in substance: its clinical review, or a post's publication date, else the day its
     file last changed (yyyy-MM-dd). -->
<#function lastChanged doc>
  <#if (doc.reviewed!"")?has_content><#return doc.reviewed></#if>
  <#if (doc.published!"")?has_content><#return doc.published></#if>
  <#return doc.date?string("yyyy-MM-dd")>
</#function>

<#-- Published news posts, newest first (ISO dates sort as text; titles break ties). -->
<#function newsPosts>
  <#return published_posts?filter(p -> (p.published!"")?matches(r"\d{4}-\d{2}-\d{2}"))?sort_by("title")?sort_by("published")?reverse>
</#function>
