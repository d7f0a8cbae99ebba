<#ftl output_format="plainText">
<#--
  stylesheet: bundles the CSS files into the one stylesheet every page links (one request, cached across pages).
  The order below is the cascade: tokens, base elements, layout, components, utilities, print.
  Comments and indentation are dropped on the way (every byte counts against the 14 KB first flight); nothing that
  changes meaning is touched: no string in our CSS contains "/*", and line breaks and inner spaces stay.
-->
<#assign css><#list ["tokens", "base", "layout"] as f><#include "css/" + f + ".css" parse=false>
</#list>
<#list ["skip-link", "header", "nav", "breadcrumbs", "footer", "example-banner", "draft-banner", "hero", "door", "prose", "care-card", "callout", "contents-list", "review-dates", "related", "article-list", "news-list", "contact-details", "search", "search-crisis", "figure"] as f><#include "css/components/" + f + ".css" parse=false>
</#list>
<#list ["utilities", "print"] as f><#include "css/" + f + ".css" parse=false>
</#list></#assign>
${css?replace(r"/\*[\s\S]*?\*/", "", "r")?replace(r"[ \t]*\n[ \t]*", "\n", "r")?replace(r"\n{2,}", "\n", "r")?replace(r"\s*([{};])\s*", "$1", "r")?trim}
