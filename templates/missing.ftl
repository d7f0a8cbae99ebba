<#ftl output_format="HTML">
<#-- missing: JBake gives this type to a file with no `type=` line (default.type=missing). Stop with the fix. -->
<#import "lib/checks.ftl" as checks>
<@checks.report doc=content problems=["field 'type' is missing. Add a line such as type=article (or page, section, post) above the ~~~~~~ line. If the file has no ~~~~~~ line at all, its header is missing or has a line without '='."]/>
