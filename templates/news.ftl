<#ftl output_format="HTML">
<#-- news: the news listing page, newest first, with a link to the Atom feed. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title=content.title description=content.description sitePath=u.path(content) draft=(content.status == "draft") doc=content pageCss="/css/home.css">
<h1>${content.title}</h1>
<p class="app-lead">${content.description}</p>
<@c.prose html=content.body?no_esc/>
<@c.newsList posts=u.site.newsPosts()/>
<p><a href="/news/feed.xml">${u.t("news.feed")}</a></p>
</@layout.base>
