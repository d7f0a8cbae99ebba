<#ftl output_format="XML">
<#-- sitemap: every published web page (drafts are not published), from SiteModel.sitemap. -->
<#import "lib/util.ftl" as u>
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list u.site.sitemap() as page>
  <url><loc>${page.loc}</loc><lastmod>${page.lastmod}</lastmod></url>
</#list>
</urlset>
