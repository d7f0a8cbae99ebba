<#ftl output_format="plainText">
<#--
  stylesheet: bundles the CSS files into the one stylesheet every page links (one request, cached across pages).
  The order below is the cascade: tokens, base elements, layout, components, utilities, print.
-->
<#list ["tokens", "base", "layout"] as f><#include "css/" + f + ".css" parse=false>
</#list>
<#list ["skip-link", "header", "nav", "breadcrumbs", "footer", "example-banner", "draft-banner", "hero", "door", "prose", "care-card", "callout", "contents-list", "review-dates", "related", "article-list", "news-list", "contact-details"] as f><#include "css/components/" + f + ".css" parse=false>
</#list>
<#list ["utilities", "print"] as f><#include "css/" + f + ".css" parse=false>
</#list>
