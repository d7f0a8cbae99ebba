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
<#assign letters = u.site.topics()>
<#assign helpNow = u.site.page("/help-now/")!{}>
<#assign crisisPhrases = (data.get("crisis-terms.yaml").phrases)![]>
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
  script). The facts are those of the Help now page, which cites them.
-->
<#macro searchCrisis>
<div class="app-search-crisis" id="search-crisis" role="alert" data-phrases="${u.site.json(crisisPhrases)}"></div>
<template id="search-crisis-answer">
  <section class="app-search-crisis__answer" aria-labelledby="search-crisis-heading">
    <h2 class="app-search-crisis__heading" id="search-crisis-heading">Get help now</h2>
    <p>If you are thinking about suicide or hurting yourself, talk to someone now. It is free, and open all day and night.</p>
    <ul class="app-search-crisis__actions">
      <li><@c.telLink number="988" linkClass="app-search-crisis__action">Call 988</@c.telLink></li>
      <li><a class="app-search-crisis__action" href="sms:988">Text 988</a></li>
      <li><a class="app-search-crisis__action" href="https://988lifeline.org/">Chat at 988lifeline.org</a></li>
    </ul>
    <p>In danger now? Call <@c.telLink number="911">911</@c.telLink> or go to the nearest emergency room.</p>
    <p>Took too much of a medicine or drug? Call Poison Help at <@c.telLink number=u.configText("help_poison_phone") dial=u.configText("help_poison_tel")>${u.configText("help_poison_phone")}</@c.telLink>. If the person will not wake up or has trouble breathing, call <@c.telLink number="911">911</@c.telLink>.</p>
    <p><a href="/help-now/">Help now: what to do, and how to help someone else</a></p>
  </section>
</template>
</#macro>

<#--
  searchResults: where search.js writes what it found: a status line for screen readers ("3 results for ...") and the
  list of results (each a link, its section and a snippet with the words found marked), hidden until a search.
-->
<#macro searchResults>
<div class="app-search-results">
  <p class="app-search-results__status" id="search-status" role="status" aria-live="polite"></p>
  <ol class="app-search-results__list" id="search-results" hidden></ol>
</div>
</#macro>

<#--
  az: every published page by the first letter of its title (SiteModel.topics), under links to each letter: the
  search page without JavaScript. The Help now page comes first, above the letters.
  letters  SiteModel.Letter list; helpNow  the Help now page, or {} while it is not published
-->
<#macro az letters helpNow>
<section class="app-az" aria-labelledby="az-heading">
  <h2 id="az-heading">All topics A to Z</h2>
  <#if helpNow.title??>
  <p class="app-az__urgent"><a href="/help-now/">${helpNow.title}</a>: urgent help if you are thinking about suicide, hurting yourself or took too much of something</p>
  </#if>
  <ul class="app-az__letters" aria-label="Jump to a letter">
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
