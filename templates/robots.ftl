<#ftl output_format="plainText">
<#-- robots: allow everything public and point crawlers at the sitemap. -->
<#import "lib/util.ftl" as u>
User-agent: *
Allow: /

Sitemap: ${u.absolute("/sitemap.xml")}
