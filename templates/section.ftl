<#ftl output_format="HTML">
<#-- section: the front page of an audience's section; the editor's body, then its articles under group headings. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<#-- The preview (config.site_preview, never set in a build that may be published) lists drafts too, marked as drafts
     (articleList), where they will appear once published. -->
<#assign candidates = ((config.site_preview!"") == "true")?then(articles, published_articles)>
<#assign articles = candidates?filter(a -> (a.audience!"") == content.audience)>
<@layout.base title=content.title description=content.description sitePath=u.path(content) draft=(content.status == "draft") doc=content>
<h1>${content.title}</h1>
<p class="app-lead">${content.description}</p>
<div class="app-prose">
<#-- Asciidoctor's HTML, inline styles removed: safe to print as-is. -->
${u.body(content)?no_esc}
</div>
<#list u.groups(content.audience) as g>
<#assign inGroup = articles?filter(a -> (a.group!"") == g.key)>
<#if inGroup?has_content>
<section class="app-section-group" aria-labelledby="group-${g.key}">
  <h2 id="group-${g.key}">${g.label}</h2>
  <@c.articleList docs=inGroup/>
</section>
</#if>
</#list>
</@layout.base>
