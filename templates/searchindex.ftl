<#ftl output_format="plainText">
<#--
  searchindex: /search-index.json, the index the search page (/js/search.js) loads when a reader starts to search.
  Built from published web pages only: drafts are never in published_content, and util.isPage leaves out the
  stylesheet, robots.txt and this index. The search page itself is not a result.
  JSON by hand: every value passes through ?json_string, and the search page writes it with textContent only.
  Patient words from data/search-synonyms.yaml are added to each page whose text contains the clinical term, ranked by
  where the term is: "titleKeywords" (in the title), "keywords" (description or a heading), "bodyKeywords" (only in
  the text). The synonym list goes along, so a result can highlight the term a patient word stands for.
  Each page says its "audience" (patients, physicians or everyone); the words of data/search-audience.yaml go along,
  so the search page can tell a physician's query from a patient's and rank that audience's pages first.
  Pages are listed patients first, so equal matches rank a patient page before a physician one.
-->
<#import "lib/util.ftl" as u>
<#-- Characters of text kept from a page's opening and from the start of each section: enough to find and show a
     snippet, few enough to keep the index small (budget: 30 KB gzipped; see scripts/report). -->
<#assign introLength = 300>
<#assign sectionLength = 160>
<#assign synonyms = (data.get("search-synonyms.yaml").synonyms)![]>
<#assign physicianWords = (data.get("search-audience.yaml").physician_words)![]>

<#-- A JSON string literal for a plain-text value. -->
<#function str value>
  <#return '"' + value?json_string + '"'>
</#function>

<#-- Rendered HTML as plain text: no tags, citation markers or references list, entities decoded, spaces collapsed. -->
<#function plain html>
  <#local t = html?keep_before('<h2 id="references">')>
  <#local t = t?replace(r'<a href="#[^"]*">\[[^\]<]*\]</a>', '', 'r')>
  <#local t = t?replace(r'<[^>]+>', ' ', 'r')>
  <#list {"&#8217;": "'", "&#8216;": "'", "&#8220;": '"', "&#8221;": '"', "&#8212;": "-", "&#8211;": "-", "&#8230;": "...",
          "&#8594;": "->", "&#8592;": "<-", "&#169;": "(c)", "&#174;": "(R)", "&#8482;": "(TM)", "&#39;": "'", "&quot;": '"',
          "&lt;": "<", "&gt;": ">"} as entity, text>
    <#local t = t?replace(entity, text)>
  </#list>
  <#local t = t?replace(r'&(#[0-9]+|nbsp);', ' ', 'r')?replace('&amp;', '&')>
  <#return t?replace(r'\s+', ' ', 'r')?replace(r' ([.,;:!?)])', '$1', 'r')?replace('( ', '(')?trim>
</#function>

<#-- Text reduced to lower-case words between single spaces, with a space at each end, for whole-word matching. -->
<#function words text>
  <#return " " + text?lower_case?replace(r'[^\p{L}\p{N}]+', ' ', 'r')?trim + " ">
</#function>

<#-- The first `length` characters of a text, cut at a word boundary, with "…" when something was cut. -->
<#function excerpt text length>
  <#if (text?length <= length)><#return text></#if>
  <#local cut = text?substring(0, length)>
  <#return cut?keep_before_last(" ") + "…">
</#function>

<#-- Who a page is for: its `audience` field (articles, sections), else its place in the site; "everyone" for the rest. -->
<#function audience doc>
  <#if (doc.audience!"")?has_content><#return doc.audience></#if>
  <#local p = u.path(doc)>
  <#if p?starts_with("/patients/")><#return "patients"></#if>
  <#if p?starts_with("/physicians/")><#return "physicians"></#if>
  <#return "everyone">
</#function>

<#-- The section label shown beside a result: the audience, or News and About for pages for everyone. -->
<#function section doc>
  <#local a = audience(doc)>
  <#if a == "patients"><#return "For patients"></#if>
  <#if a == "physicians"><#return "For physicians"></#if>
  <#if u.path(doc)?starts_with("/news/")><#return "News"></#if>
  <#return "About">
</#function>

<#-- For each synonym, what synonymsIn looks for (" term", the start of a word) and what it adds (the term and its
     patient words as JSON string literals, no repeats): worked out once, not for every page (docs/benchmark.md). -->
<#assign synonymKeys = synonyms?map(s -> words(s.term!"")?remove_ending(" "))>
<#assign synonymFound = []>
<#list synonyms as s>
  <#assign found = []>
  <#list [s.term!""] + s.words![] as w>
    <#if !found?seq_contains(str(w?lower_case))><#assign found = found + [str(w?lower_case)]></#if>
  </#list>
  <#assign synonymFound = synonymFound + [found]>
</#list>
<#-- The patient words whose clinical term starts a word in `haystack` (from words()), and the term itself (so the term
     finds the page even when it is past the excerpt), as JSON string literals. -->
<#function synonymsIn haystack>
  <#local found = []>
  <#list synonymKeys as key>
    <#if haystack?contains(key)>
      <#list synonymFound[key?index] as w>
        <#if !found?seq_contains(w)><#local found = found + [w]></#if>
      </#list>
    </#if>
  </#list>
  <#return found>
</#function>

<#assign terms = []>
<#list synonyms as s>
  <#assign terms = terms + ['{"term":' + str(s.term!"") + ',"words":[' + (s.words![])?map(w -> str(w?lower_case))?join(",") + ']}']>
</#list>
<#-- One line, one value: the whole index. Each page's entry is written as it is made, not collected in a list first. -->
{"synonyms":[${terms?join(",")}],
"physicianWords":[${physicianWords?map(w -> str(w?string?lower_case))?join(",")}],
"pages":[
<#assign first = true>
<#-- Each entry depends only on its page (and the synonyms): the build keeps it under the page's source hash
     (bake_memo, clinic.site.bake.BakeMemo), so the preview works out again only the pages that changed. -->
<#assign memo = u.bakeMemo()>
<#list ["For patients", "For physicians", "News", "About"] as sectionName>
<#list published_content?filter(d -> u.isPage(d) && d.type != "search" && section(d) == sectionName)?sort_by("uri") as d>
  <#assign key = "doc:search-entry:" + d.uri + ":" + (d.sha1!"")>
  <#if memo?is_method && memo(key)??>
    <#assign entry = memo(key)>
  <#else>
  <#-- Figures (clinic.site.figures) repeat the page's text in pictures: left out, as when they were placeholders. -->
  <#assign html = u.body(d)?keep_before('<h2 id="references">')?replace(r'<(figure|table) class="[^"]*" data-figure="[^"]*">.*?</\1>', '', 'rs')>
  <#assign headings = []>
  <#list html?matches(r'<h[23] id="[^"]*">(.*?)</h[23]>', 's') as m>
    <#assign headings = headings + [plain(m?groups[1])]>
  </#list>
  <#assign text = plain(html)>
  <#-- The excerpt: the opening, then the start of each section, so a word from any part of the page can be found. -->
  <#assign leads = []>
  <#list html?split(r'(?=<h2 )', 'r') as part>
    <#assign lead = excerpt(plain(part?replace(r'<h2[^>]*>.*?</h2>', '', 'rs')), part?is_first?then(introLength, sectionLength))>
    <#if lead?has_content><#assign leads = leads + [lead]></#if>
  </#list>
  <#assign inTitle = synonymsIn(words(d.title))>
  <#assign inSummary = synonymsIn(words(d.description + " " + headings?join(" ")))?filter(w -> !inTitle?seq_contains(w))>
  <#assign inText = synonymsIn(words(text))?filter(w -> !inTitle?seq_contains(w) && !inSummary?seq_contains(w))>
  <#assign entry = '{"title":' + str(d.title) + ',"url":' + str(u.path(d)) + ',"section":' + str(sectionName) + ',"audience":' + str(audience(d))
    + ',"description":' + str(d.description) + ',"headings":[' + headings?map(h -> str(h))?join(",") + ']'
    + ',"text":' + str(leads?join(" ")) + ',"titleKeywords":[' + inTitle?join(",") + '],"keywords":[' + inSummary?join(",") + ']'
    + ',"bodyKeywords":[' + inText?join(",") + ']}'>
  <#if memo?is_method><#assign kept = memo(key, entry)></#if>
  </#if>
${first?then("", ",\n")}${entry}<#assign first = false><#rt>
</#list>
</#list>

]}
