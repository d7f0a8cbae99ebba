<#ftl output_format="HTML">
<#-- home: two doors (patients, physicians), the phone number, and the editor's short summary. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title=content.title description=content.description sitePath="/" doc=content pageCss="/css/home.css">
<@hero title=content.title lead=content.description/>
<div class="app-doors">
  <@c.door href="/patients/" heading=u.t("door.patients")>${u.t("door.patients_text")}</@c.door>
  <@c.door href="/physicians/" heading=u.t("door.physicians")>${u.t("door.physicians_text")}</@c.door>
</div>
<@c.prose html=content.body?no_esc/>
<#assign latest = u.site.newsPosts()>
<#if latest?has_content>
<section class="app-home-news" aria-labelledby="home-news">
  <h2 id="home-news">${u.t("home.news")}</h2>
  <@c.newsList posts=latest[0..*3]/>
  <p><a href="/news/">${u.t("home.all_news")}</a></p>
</section>
</#if>
</@layout.base>

<#-- hero: the home page's opening: its heading and summary, and the phone number with the opening hours. -->
<#macro hero title lead>
<div class="app-hero">
  <h1 class="app-hero__title">${title}</h1>
  <p class="app-lead">${lead}</p>
  <#local phone><@c.telLink number=u.configText("clinic_phone")>${u.configText("clinic_phone")}</@c.telLink></#local><#t>
  <p class="app-hero__phone">${u.t("hero.phone", {"phone": phone, "hours": u.configText("clinic_hours")})}</p>
</div>
</#macro>
