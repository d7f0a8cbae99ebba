<#ftl output_format="XML">
<#-- feed: Atom 1.0 (RFC 4287) feed of news posts: feed id, title, updated, author, self and alternate links. -->
<#import "lib/util.ftl" as u>
<#assign posts = u.site.newsPosts()>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${u.configText("site_language")}">
  <id>${u.absolute("/news/")}</id>
  <title>${u.tPlain("feed.title", {"clinic": u.configText("clinic_name")})}</title>
  <subtitle>${u.tPlain("feed.subtitle")}</subtitle>
  <link rel="self" type="application/atom+xml" href="${u.absolute("/news/feed.xml")}"/>
  <link rel="alternate" type="text/html" href="${u.absolute("/news/")}"/>
  <updated>${posts?has_content?then(posts[0].published + "T00:00:00Z", "2026-11-24T00:00:00Z")}</updated>
  <author><name>${u.configText("clinic_name")}</name><uri>${u.absolute("/")}</uri></author>
<#list posts as p>
  <entry>
    <id>${u.absolute(p.sitePath)}</id>
    <title>${p.title}</title>
    <link rel="alternate" type="text/html" href="${u.absolute(p.sitePath)}"/>
    <published>${p.published}T00:00:00Z</published>
    <updated>${p.published}T00:00:00Z</updated>
    <author><name>${p.author?has_content?then(p.author, u.configText("clinic_name"))}</name></author>
    <summary>${p.description}</summary>
  </entry>
</#list>
</feed>
