<#ftl output_format="HTML">
<#-- article: a health article for patients or physicians, with contents, care card, review dates and references. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title=content.title description=content.description sitePath=u.path(content) ogType="article" draft=(content.status == "draft") doc=content>
<#-- print=form (front matter): paper gets only the form, not the page around it (see print.css). -->
<article class="app-article app-article--${content.audience}<#if (content.print!"") == "form"> app-article--form</#if>">
  <h1 class="app-article__title">${content.title}</h1>
  <p class="app-lead">${content.description}</p>
  <#-- Long pages get an "On this page" list; short ones would only repeat what is on screen. -->
  <#assign headings = u.site.outline(content.body)>
  <#if (headings?size >= 4)><@c.contentsList headings=headings/></#if>
  <#-- care_card=true (front matter): the full "When to get help now" card, after the page's introduction (before its
       first section), so the page's own first sentence stays on a phone's first screen; the header's crisis line is
       on every page. -->
  <#if (content.care_card!"") == "true">
  <#assign parts = u.site.splitAtFirstSection(content.body)>
  <#assign card><@c.careCard sitePath=u.path(content)/></#assign>
  <@c.prose html=parts.intro?no_esc + card + parts.sections?no_esc/>
  <#else>
  <@c.prose html=content.body?no_esc/>
  </#if>
  <@c.related links=u.site.links(content.file)/>
  <@c.reviewDates review=u.site.review(content.file) author=content.author/>
</article>
</@layout.base>
