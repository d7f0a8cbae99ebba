<#ftl output_format="plainText">
<#-- redirects: the _redirects file (Netlify, Cloudflare Pages) with a real 301 for every old URL a page declares
     in redirect_from. For hosts without real redirects, the build also writes an HTML page at each old URL
     (clinic.site.output.Finish reads this file). -->
<#import "lib/util.ftl" as u>
<#list u.redirects() as r>
${r.from} ${r.to} 301
</#list>
