<#ftl output_format="HTML">
<#-- section: the front page of an audience's section; the editor's body, then its articles under group headings. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title=content.title description=content.description sitePath=u.path(content) draft=(content.status == "draft") doc=content>
<h1>${content.title}</h1>
<p class="app-lead">${content.description}</p>
<@c.prose html=content.body?no_esc/>
<#list u.site.groups(content.audience) as g>
<section class="app-section-group" aria-labelledby="group-${g.key}">
  <h2 id="group-${g.key}">${g.label}</h2>
  <@c.articleList articles=g.articles/>
</section>
</#list>
</@layout.base>
