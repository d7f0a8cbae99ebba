<#ftl output_format="HTML">
<#-- page: an ordinary page (about, contact, policies). No review block: these are not clinical content. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title=content.title description=content.description sitePath=u.path(content) draft=(content.status == "draft") doc=content>
<h1>${content.title}</h1>
<p class="app-lead">${content.description}</p>
<@c.prose html=content.body?no_esc/>
</@layout.base>
