<#ftl output_format="HTML">
<#-- post: a dated news item. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title=content.title description=content.description sitePath=u.path(content) ogType="article" draft=(content.status == "draft") doc=content>
<article class="app-article">
  <h1>${content.title}</h1>
  <#assign published><time datetime="${content.published}">${u.longDate(content.published)}</time></#assign><#t>
  <p class="app-post-date">${u.t("post.published", {"date": published, "author": content.author})}</p>
  <@c.prose html=content.body?no_esc/>
</article>
</@layout.base>
