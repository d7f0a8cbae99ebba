<#ftl output_format="HTML">
<#--
  checks.ftl: front-matter checks that run inside the bake, so both the preview and `mvn package` stop on a
  broken file with a message an editor can act on: the file, the field, and what to do.
  JBake itself would silently drop or mis-file many of these mistakes (docs/decisions/0005-checks-in-the-bake.md).
-->
<#import "util.ftl" as u>

<#-- The content file behind a document, relative to the project ("content/patients/x/index.adoc"). -->
<#function sourceFile doc>
  <#return "content/" + doc.file?replace("\\", "/")?keep_after_last("/content/")>
</#function>

<#-- Stops the bake with every problem found in one file, each on its own line. -->
<#macro report doc problems>
<#if problems?has_content>
<#stop "\n" + sourceFile(doc) + " cannot be published:\n  - " + problems?join("\n  - ") + "\n">
</#if>
</#macro>

<#-- A "field is missing" problem (as a one-item list) when the field is absent or blank; else an empty list. -->
<#function missing doc field what>
  <#return (doc[field]!"")?trim?has_content?then([], ["field '" + field + "' is missing. Add a line " + field + "=" + what + " above the ~~~~~~ line."])>
</#function>

<#-- Problems with a yyyy-MM-dd date field: wrong shape, or not a real date (2026-02-30). Absent is not a problem here. -->
<#function isoDateProblems doc field>
  <#local v = (doc[field]!"")?trim>
  <#if !v?has_content><#return []></#if>
  <#if !v?matches(r"\d{4}-\d{2}-\d{2}")>
    <#return ["field '" + field + "' is '" + v + "', which is not a date in the form yyyy-MM-dd (for example 2026-11-24)."]>
  </#if>
  <#attempt>
    <#local ignored = v?date("yyyy-MM-dd")>
  <#recover>
    <#return ["field '" + field + "' is '" + v + "', which is not a real date. Use yyyy-MM-dd (for example 2026-11-24)."]>
  </#attempt>
  <#return []>
</#function>

<#-- Problems every type shares: title, description (and its length) and status. -->
<#function commonProblems doc>
  <#local p = missing(doc, "title", "a plain-text title") + missing(doc, "description", "one or two sentences of at most " + config.site_description_max + " characters")>
  <#local max = config.site_description_max?number>
  <#if (doc.description!"")?length gt max>
    <#local p = p + ["field 'description' is " + doc.description?length + " characters long; the limit is " + max + ". Shorten it."]>
  </#if>
  <#if !["published", "draft"]?seq_contains(doc.status)>
    <#if doc.status == "missing">
      <#local p = p + ["field 'status' is missing. Add a line status=published (or status=draft) above the ~~~~~~ line."]>
    <#else>
      <#local p = p + ["field 'status' is '" + doc.status + "'; use published or draft."]>
    </#if>
  </#if>
  <#return p>
</#function>

<#-- Checks for type=article: review dates, audience and group, and that next/related point at real pages. -->
<#macro article doc pages>
<#local p = commonProblems(doc)>
<#list [["audience", "patients or physicians"], ["group", "one of the groups listed in docs/content-model.md"], ["order", "a whole number such as 10"], ["author", "the writer, e.g. Clinic editorial team"], ["reviewer", "medical_director (or a name and role)"], ["reviewed", "the date of the last clinical review, e.g. 2026-11-24"], ["next_review", "the date the next review is due, e.g. 2027-11-24"]] as f>
  <#local p = p + missing(doc, f[0], f[1])>
</#list>
<#local p = p + isoDateProblems(doc, "reviewed") + isoDateProblems(doc, "next_review")>
<#local audiences = config.site_audiences?is_sequence?then(config.site_audiences, [config.site_audiences])>
<#if (doc.audience!"")?has_content && !audiences?seq_contains(doc.audience)>
  <#local p = p + ["field 'audience' is '" + doc.audience + "'; use one of: " + audiences?join(", ") + "."]>
<#elseif (doc.audience!"")?has_content && (doc.group!"")?has_content>
  <#local groups = u.groups(doc.audience)?map(g -> g.key)>
  <#if !groups?seq_contains(doc.group)>
    <#local p = p + ["field 'group' is '" + doc.group + "'; for audience " + doc.audience + " use one of: " + groups?join(", ") + "."]>
  </#if>
</#if>
<#if (doc.order!"")?has_content && !doc.order?matches(r"\d{1,4}")>
  <#local p = p + ["field 'order' is '" + doc.order + "'; use a whole number such as 10."]>
</#if>
<#if !p?has_content>
  <#local reviewed = doc.reviewed?date("yyyy-MM-dd")>
  <#local due = doc.next_review?date("yyyy-MM-dd")>
  <#if due <= reviewed>
    <#local p = p + ["field 'next_review' (" + doc.next_review + ") must be after 'reviewed' (" + doc.reviewed + ")."]>
  <#elseif doc.status == "published" && due < .now?date>
    <#local p = p + ["the review was due on " + doc.next_review + ". Ask the clinical reviewer to check the page, then update 'reviewed' and 'next_review'."]>
  </#if>
</#if>
<#list u.linkList(doc.next!"") + u.linkList(doc.related!"") as target>
  <#if !pages[target]??>
    <#local p = p + ["'next' or 'related' links to " + target + ", which is not a published page. Check the path (it looks like /patients/before-your-infusion/)."]>
  </#if>
</#list>
<@report doc p/>
</#macro>

<#-- Checks for type=page, section, home and post. -->
<#macro page doc>
<#local p = commonProblems(doc)>
<#if doc.type == "post">
  <#local p = p + missing(doc, "date", "the publication date, e.g. 2026-11-24")>
</#if>
<@report doc p/>
</#macro>
