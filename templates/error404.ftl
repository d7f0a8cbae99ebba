<#ftl output_format="HTML">
<#-- error404: the "page not found" page the host serves with status 404. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<#assign title = u.tPlain("not_found.title")>
<@layout.base title=title description=u.tPlain("not_found.description") sitePath="/404.html" indexable=false>
<h1>${title}</h1>
<#assign phone><@c.telLink number=u.configText("clinic_phone")>${u.configText("clinic_phone")}</@c.telLink></#assign><#t>
<#assign call><@c.telLink number="988">988</@c.telLink></#assign><#t>
<#assign emergency><@c.telLink number="911">911</@c.telLink></#assign><#t>
<#assign text>
<p>${u.t("not_found.text")}</p>
<ul>
  <li><a href="/">${u.t("not_found.home")}</a></li>
  <li><a href="/patients/">${u.t("not_found.patients")}</a></li>
  <li><a href="/physicians/">${u.t("not_found.physicians")}</a></li>
  <li>${u.t("not_found.call", {"phone": phone})}</li>
</ul>
<p>${u.t("not_found.crisis", {"call": call, "emergency": emergency})}</p>
</#assign>
<@c.prose html=text/>
</@layout.base>
