<#ftl output_format="HTML">
<#-- post: a dated news item. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<#-- Its date line's style is in /css/post.css (post-date.css), which only news posts need. -->
<@layout.base title=content.title description=content.description sitePath=u.path(content) ogType="article" draft=(content.status == "draft") doc=content pageCss="/css/post.css">
<article class="app-article">
  <h1>${content.title}</h1>
  <@postDate published=content.published author=content.author/>
  <@c.prose html=content.body?no_esc/>
</article>
</@layout.base>

<#-- postDate: when a news post was published, and by whom. -->
<#macro postDate published author>
<#local date><time datetime="${published}">${u.longDate(published)}</time></#local><#t>
<p class="app-post-date">${u.t("post.published", {"date": date, "author": author})}</p>
</#macro>
