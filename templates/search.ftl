<#ftl output_format="HTML">
<#--
  search: the search page (/search/). Without JavaScript it is an A–Z index of every published page, and the
  field submits to this page again. With JavaScript (/js/search.js, a deferred module) results appear as the reader
  types, above the A–Z; fuse.js and /search-index.json load only when the reader starts to search.
-->
<#import "lib/layout.ftl" as layout>
<#import "lib/util.ftl" as u>
<#assign topics = published_content?filter(d -> u.isPage(d) && d.type != "search")?sort_by("title")>
<#assign letters = []>
<#list topics as d><#if !letters?seq_contains(d.title[0]?upper_case)><#assign letters = letters + [d.title[0]?upper_case]></#if></#list>
<@layout.base title=content.title description=content.description sitePath=u.path(content) draft=(content.status == "draft") doc=content>
<h1>${content.title}</h1>
<form class="app-search app-search--page" id="search-form" role="search" action="/search/" method="get">
  <label class="app-search__label" for="search-q">Search this website</label>
  <input class="app-search__input" id="search-q" type="search" name="q" autocomplete="off" spellcheck="false" aria-describedby="search-hint" aria-controls="search-results">
  <button class="app-search__button" type="submit">Search</button>
  <#-- Asciidoctor's HTML, inline styles removed: safe to print as-is. -->
  <div class="app-search__hint" id="search-hint">${u.body(content)?no_esc}</div>
</form>
<p class="app-search__status" id="search-status" role="status" aria-live="polite"></p>
<ol class="app-search__results" id="search-results" hidden></ol>
<section class="app-az" aria-labelledby="az-heading">
  <h2 id="az-heading">All topics A to Z</h2>
  <ul class="app-az__letters" aria-label="Jump to a letter">
    <#list letters as l><li><a href="#az-${l?lower_case}">${l}</a></li></#list>
  </ul>
  <#list letters as l>
  <h3 id="az-${l?lower_case}">${l}</h3>
  <ul class="app-az__list">
    <#list topics?filter(d -> d.title[0]?upper_case == l) as d>
    <li><a href="${u.path(d)}">${d.title}</a></li>
    </#list>
  </ul>
  </#list>
</section>
<script type="module" src="/js/search.js"></script>
</@layout.base>
