<#ftl output_format="HTML">
<#--
  checks.ftl: front-matter checks that run inside the bake, so both the preview and `mvn package` stop on a
  broken file with a message an editor can act on: the file, the field, and what to do.
  JBake itself would silently drop or mis-file many of these mistakes (docs/decisions/0005-checks-in-the-bake.md).
-->
<#import "util.ftl" as u>

<#-- Java objects for the checks that must look at the disk (missing images, files JBake skipped). Templates are
     trusted project code; JBake's FreeMarker settings allow ?new. -->
<#assign newObject = "freemarker.template.utility.ObjectConstructor"?new()>

<#-- The project folder, from a document's absolute path (".../content/x/index.adoc" -> "..."). -->
<#function projectRoot doc>
  <#return doc.file?replace("\\", "/")?keep_before_last("/content/")>
</#function>

<#-- True when a file or folder exists at an absolute path. -->
<#function exists path>
  <#return newObject("java.io.File", path).exists()>
</#function>

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
  <#-- Java's date parser is lenient (2027-02-30 would become 2 March), so a real date must survive a round trip. -->
  <#if v?date("yyyy-MM-dd")?string("yyyy-MM-dd") != v>
    <#return ["field '" + field + "' is '" + v + "', which is not a real date. Use yyyy-MM-dd (for example 2026-11-24)."]>
  </#if>
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

<#-- Problems inside a rendered body: unresolved includes, cross references and site links that go nowhere,
     images that are missing or have no alt text. -->
<#function bodyProblems doc pages>
  <#local p = []>
  <#local body = doc.body!"">
  <#list body?matches(r"Unresolved directive in [^ ]+ - (include::[^\s<]*)") as m>
    <#local p = p + ["'" + m?groups[1] + "' could not be included: no such file. Check the name and the path (it is relative to this file's folder)."]>
  </#list>
  <#list body?matches(r'class="paragraph app-protocol-problem">\s*<p>([^<]*)</p>') as m>
    <#local p = p + [m?groups[1]?trim]>
  </#list>
  <#local ids = body?matches(r'id="([^"]+)"')?map(m -> m?groups[1])>
  <#list body?matches(r'href="#([^"]+)"') as m>
    <#if !ids?seq_contains(m?groups[1])>
      <#local p = p + ["a cross reference points to '" + m?groups[1] + "', which is not on this page. Check the <<" + m?groups[1] + ">> in the text and the [[[" + m?groups[1] + "]]] in the References."]>
    </#if>
  </#list>
  <#list body?matches(r'href="(/[^"#?]*/)(#[^"]*)?"') as m>
    <#if !pages[m?groups[1]]??>
      <#local p = p + ["a link points to " + m?groups[1] + ", which is not a published page. Check the path in link:" + m?groups[1] + "[...]."]>
    </#if>
  </#list>
  <#list body?matches(r'<img src="([^"]*)" alt="([^"]*)"') as m>
    <#local src = m?groups[1]>
    <#local stem = src?keep_after_last("/")?keep_before_last(".")?replace("[-_]", " ", "r")>
    <#if !src?starts_with("/")>
      <#local p = p + ["image '" + src + "' must be a site path such as /images/" + src?keep_after_last("/") + " (put the file in assets/images/)."]>
    <#elseif !exists(projectRoot(doc) + "/assets" + src)>
      <#local p = p + ["image " + src + " is missing: put the file at assets" + src + " (or fix the name)."]>
    </#if>
    <#if !m?groups[2]?trim?has_content || m?groups[2] == stem>
      <#local p = p + ["image " + src + " has no alt text. Describe what it shows inside the brackets: image::" + src + "[A nurse checks blood pressure before the infusion]."]>
    </#if>
  </#list>
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
<#local p = p + bodyProblems(doc, pages)>
<#list u.linkList(doc.next!"") + u.linkList(doc.related!"") as target>
  <#if !pages[target]??>
    <#local p = p + ["'next' or 'related' links to " + target + ", which is not a published page. Check the path (it looks like /patients/before-your-infusion/)."]>
  </#if>
</#list>
<@report doc p/>
</#macro>

<#-- Checks for type=page, section, home and post. -->
<#macro page doc>
<#local p = commonProblems(doc) + bodyProblems(doc, u.pagesByPath())>
<#if doc.type == "post">
  <#local p = p + missing(doc, "published", "the publication date, e.g. 2026-11-24") + isoDateProblems(doc, "published") + missing(doc, "author", "the writer, e.g. Clinic editorial team")>
</#if>
<@report doc p/>
</#macro>

<#-- The document extensions JBake reads (its markup engines); any other file in content/ would be ignored. -->
<#assign documentExtensions = ["adoc", "asciidoc", "ad", "md", "html", "yml", "yaml"]>

<#-- Every file under a folder, skipping folders that hold a .jbakeignore (fragments that pages include). -->
<#function filesUnder folder>
  <#local result = []>
  <#local children = folder.listFiles()![]>
  <#if children?filter(f -> f.getName() == ".jbakeignore")?has_content><#return []></#if>
  <#list children?sort_by("name") as f>
    <#if f.isDirectory()>
      <#local result = result + filesUnder(f)>
    <#else>
      <#local result = result + [f]>
    </#if>
  </#list>
  <#return result>
</#function>

<#--
  site: checks that need the whole site, run once per bake (from sitemap.ftl):
  every file in content/ became a document (none skipped, none replaced by a twin with the same URL); old URLs (redirect_from) do not
  collide with pages; every URL ever published (data/published-urls.yaml) is still a page or a redirect.
-->
<#macro site>
<#local p = []>
<#local docs = all_content?filter(d -> (d.file!"")?has_content)>
<#local root = projectRoot(docs[0])>
<#-- A hash of file paths, built in one pass: ?seq_contains on a list of 1,000 files, once per file, was seconds. -->
<#local known = ("{" + docs?map(d -> '"' + d.file?replace("\\", "/")?json_string + '":true')?join(",") + "}")?eval_json>
<#list filesUnder(newObject("java.io.File", root + "/content")) as f>
  <#local path = f.getPath()?replace("\\", "/")>
  <#local shown = "content/" + path?keep_after(root + "/content/")>
  <#local ext = f.getName()?keep_after_last(".")?lower_case>
  <#if ["png", "jpg", "jpeg", "gif", "svg", "webp", "avif"]?seq_contains(ext)>
    <#local p = p + [shown + " cannot be published from content/: pictures go in assets/images/ and are shown with image::/images/" + f.getName() + "[alt text]."]>
  <#elseif !documentExtensions?seq_contains(ext)>
    <#local p = p + [shown + " cannot be published from content/: only .adoc pages live here. Put other files in assets/ (they are published as they are), or remove it."]>
  <#elseif !known[path]??>
    <#-- JBake keeps one document per URL: a second file for the same URL silently replaces the first. -->
    <#local stem = path?keep_before_last(".")>
    <#local twin = known?keys?filter(k -> k?keep_before_last(".") == stem)>
    <#if twin?has_content>
      <#local p = p + [shown + " and content/" + twin[0]?keep_after(root + "/content/") + " both make the page /" + stem?keep_after(root + "/content/") + ".html; only one can be published. Rename or remove one."]>
    <#else>
      <#local p = p + [shown + " was skipped: its header is broken (each line above ~~~~~~ must be key=value, and ~~~~~~ must be there) or its type is not one the site knows (for pages: article, page, section, post)."]>
    </#if>
  </#if>
</#list>
<#local pages = u.pagesByPath()>
<#local redirects = u.redirects()>
<#local seen = {}>
<#list redirects as r>
  <#if pages[r.from]??>
    <#local p = p + [sourceFile(r.doc) + " lists " + r.from + " in redirect_from, but " + r.from + " is a published page. Remove it from redirect_from, or remove that page."]>
  </#if>
  <#if seen[r.from]??>
    <#local p = p + [r.from + " is in the redirect_from of both " + seen[r.from] + " and " + sourceFile(r.doc) + "; keep it on one page."]>
  </#if>
  <#local seen = seen + {r.from: sourceFile(r.doc)}>
</#list>
<#local everPublished = (data.get("published-urls.yaml").data)![]>
<#local redirected = redirects?map(r -> r.from)>
<#list everPublished as url>
  <#if !pages[url]?? && !redirected?seq_contains(url)>
    <#local p = p + [url + " was published before and is now gone. If the page moved, add redirect_from=" + url + " to the page that replaces it. (data/published-urls.yaml lists every URL ever published.)"]>
  </#if>
</#list>
<#if p?has_content>
<#stop "\nThe site cannot be published:\n  - " + p?join("\n  - ") + "\n">
</#if>
</#macro>
