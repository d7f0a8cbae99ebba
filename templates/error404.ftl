<#ftl output_format="HTML">
<#-- error404: the "page not found" page the host serves with status 404. -->
<#import "lib/layout.ftl" as layout>
<#import "lib/components.ftl" as c>
<#import "lib/util.ftl" as u>
<@layout.base title="Page not found" description="The page you asked for is not on this site." sitePath="/404.html" indexable=false>
<h1>Page not found</h1>
<#assign text>
<p>We could not find that page. It may have moved, or the address may have a typing mistake.</p>
<ul>
  <li><a href="/">Go to the home page</a></li>
  <li><a href="/patients/">Information for patients and families</a></li>
  <li><a href="/physicians/">Information for referring physicians</a></li>
  <li>Call us on <@c.telLink number=u.configText("clinic_phone")>${u.configText("clinic_phone")}</@c.telLink></li>
</ul>
<p>If you are in crisis, call or text <@c.telLink number="988">988</@c.telLink>. In an emergency, call <@c.telLink number="911">911</@c.telLink>.</p>
</#assign>
<@c.prose html=text/>
</@layout.base>
