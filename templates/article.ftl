<#ftl output_format="HTML">
<#-- article: a health article for patients or physicians, with contents, care card, review dates and references. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<#-- care_card=actions (Help now): the card with the big 988 buttons right under the lead, before the "On this page"
     list, so the buttons are on a phone's first screen; it needs their CSS (/css/crisis.css). -->
<#assign actions = (content.care_card!"") == "actions">
<@layout.base title=content.title description=content.description sitePath=u.path(content) ogType="article" draft=(content.status == "draft") doc=content pageCss=actions?then("/css/crisis.css", "")>
<#-- print=form (front matter): paper gets only the form, not the page around it (see print.css). -->
<article class="app-article app-article--${content.audience}<#if (content.print!"") == "form"> app-article--form</#if>">
  <h1 class="app-article__title">${content.title}</h1>
  <p class="app-lead">${content.description}</p>
  <#if actions><@c.careCard sitePath=u.path(content) actions=true/></#if>
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
