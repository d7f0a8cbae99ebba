<#ftl output_format="XML">
<#-- sitemap: every published web page (drafts and the search index are not pages). -->
<#import "lib/util.ftl" as u>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list published_content?filter(d -> u.isPage(d))?sort_by("uri") as d>
  <url><loc>${u.absolute(u.path(d))}</loc><lastmod>${u.lastChanged(d)}</lastmod></url>
</#list>
</urlset>
