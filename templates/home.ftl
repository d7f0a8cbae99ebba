<#ftl output_format="HTML">
<#-- home: two doors (patients, physicians), the phone number, and the editor's short summary. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title=content.title description=content.description sitePath="/" doc=content pageCss="/css/home.css">
<@hero title=content.title lead=content.description/>
<div class="app-doors">
  <@c.door href="/patients/" heading="For patients and families">What ketamine treatment is, what happens on the day, side effects, and whether it may suit you.</@c.door>
  <@c.door href="/physicians/" heading="For referring physicians">Who to refer, the evidence, our protocol and monitoring, and the referral form.</@c.door>
</div>
<@c.prose html=content.body?no_esc/>
<#assign latest = u.site.newsPosts()>
<#if latest?has_content>
<section class="app-home-news" aria-labelledby="home-news">
  <h2 id="home-news">Latest news</h2>
  <@c.newsList posts=latest[0..*3]/>
  <p><a href="/news/">All news</a></p>
</section>
</#if>
</@layout.base>

<#-- hero: the home page's opening: its heading and summary, and the phone number with the opening hours. -->
<#macro hero title lead>
<div class="app-hero">
  <h1 class="app-hero__title">${title}</h1>
  <p class="app-lead">${lead}</p>
  <p class="app-hero__phone">Questions? Call us on <@c.telLink number=u.configText("clinic_phone")>${u.configText("clinic_phone")}</@c.telLink>, ${u.configText("clinic_hours")}.</p>
</div>
</#macro>
