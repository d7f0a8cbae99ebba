<#ftl output_format="HTML">
<#--
  search: the search page (/search/). Without JavaScript it is an A–Z index of every published page, and the
  field submits to this page again; the Help now page comes first, above the letters. With JavaScript
  (/js/search.js, a deferred module) results appear as the reader types, above the A–Z; fuse.js and
  /search-index.json load only when the reader starts to search. Crisis language (data/crisis-terms.yaml, carried
  in this page so that it never waits for the index) brings the crisis answer above every result.
-->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<#assign letters = u.site.topics(u.lang())>
<#assign helpNow = u.site.page(u.helpNow())!{}>
<@layout.base title=content.title description=content.description sitePath=u.path(content) draft=(content.status == "draft") doc=content pageCss="/css/search.css">
<h1>${content.title}</h1>
<@c.search page=true>${content.body?no_esc}</@c.search>
<@searchCrisis/>
<@searchResults/>
<@az letters=letters helpNow=helpNow/>
<script type="module" src="/js/search.js"></script>
</@layout.base>

<#--
  searchCrisis: the answer to crisis language, shown above every result. The region is empty until search.js
  copies the template into it, so a screen reader announces the whole answer (role="alert") the moment it appears.
  data-phrases carries data/crisis-terms.yaml as a JSON array (an attribute, not a script: the CSP runs no inline
  script), in every language the file has, whatever the page's own. The facts are those of the Help now page, which
  cites them.
-->
<#macro searchCrisis>
<div class="app-search-crisis" id="search-crisis" role="alert" data-phrases="${u.site.json(u.site.crisisPhrases())}"></div>
<template id="search-crisis-answer">
  <section class="app-search-crisis__answer" aria-labelledby="search-crisis-heading">
    <h2 class="app-search-crisis__heading" id="search-crisis-heading">${u.t("search_crisis.heading")}</h2>
    <p>${u.t("search_crisis.talk")}</p>
    <@c.crisisActions/>
    <#local emergency><@c.telLink number="911">911</@c.telLink></#local><#t>
    <#local poison><@c.telLink number=u.configText("help_poison_phone") dial=u.configText("help_poison_tel")>${u.configText("help_poison_phone")}</@c.telLink></#local><#t>
    <p>${u.t("search_crisis.danger", {"emergency": emergency})}</p>
    <p>${u.t("search_crisis.poison", {"poison": poison, "emergency": emergency})}</p>
    <p><a href="${u.helpNow()}">${u.t("search_crisis.help_now")}</a></p>
  </section>
</template>
</#macro>

<#--
  searchResults: where search.js writes what it found: a status line for screen readers ("3 results for ...") and the
  list of results (each a link, its section and a snippet with the words found marked), hidden until a search.
  data-index is the index of the page's language (search-index.json, or search-index.es.json for a Spanish search
  page); data-messages carries the words search.js shows (messages search_results.*), as JSON in an attribute.
-->
<#macro searchResults>
<div class="app-search-results" data-index="${u.site.searchIndex(u.lang())}" data-messages="${u.site.json(u.site.messages(u.lang(), "search_results."))}">
  <p class="app-search-results__status" id="search-status" role="status" aria-live="polite"></p>
  <ol class="app-search-results__list" id="search-results" hidden></ol>
</div>
</#macro>

<#--
  az: every published page in the page's language by the first letter of its title (SiteModel.topics), under links
  to each letter: the search page without JavaScript. The Help now page (in that language, when it has one) comes
  first, above the letters.
  letters  SiteModel.Letter list; helpNow  the Help now page, or {} while it is not published
-->
<#macro az letters helpNow>
<section class="app-az" aria-labelledby="az-heading">
  <h2 id="az-heading">${u.t("az.heading")}</h2>
  <#if helpNow.title??>
  <#local link><a href="${helpNow.sitePath}">${helpNow.title}</a></#local><#t>
  <p class="app-az__urgent">${u.t("az.urgent", {"link": link})}</p>
  </#if>
  <ul class="app-az__letters" aria-label="${u.t("az.letters")}">
    <#list letters as l><li><a href="#az-${l.letter?lower_case}">${l.letter}</a></li></#list>
  </ul>
  <#list letters as l>
  <h3 id="az-${l.letter?lower_case}">${l.letter}</h3>
  <ul class="app-az__list">
    <#list l.pages as d>
    <li><a href="${d.sitePath}">${d.title}</a></li>
    </#list>
  </ul>
  </#list>
</section>
</#macro>
