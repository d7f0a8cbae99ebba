<#ftl output_format="HTML">
<#--
  figures.ftl: pictures drawn by the build as inline SVG, so they follow the colour tokens, scale with the text and
  can never drift from their data. An article places one with a passthrough block in its AsciiDoc:

      ++++
      <!-- figure:infusion-timeline -->
      ++++

  Import as `figures`. `names` lists every figure; an unknown name stops the bake (see article.ftl).

  Rules every figure keeps (src/test/java/clinic/site/FiguresTest.java checks them):
  - <figure class="app-figure" data-figure="name"> with a <figcaption>. The SVG has role="img" and is named by its
    own <desc>, which says in words everything the picture shows (no SVG <title>: a page has one <title>).
    The one exception is `evidence-table`, a plain data table (data-figure="evidence-table") that is itself text.
  - Nothing in a picture that the page's text does not also say. The evidence figures take every number from
    data/evidence.yaml, the one file behind the table, the chart and the patients' summary.
  - Colours only through the classes of templates/css/components/figure.css (design tokens), never fill="#..." or
    style="..." (the Content-Security-Policy forbids style attributes anyway).
  - Every viewBox is 288 units wide with 16-unit text, and figure.css caps the SVG at 18em: on a wide screen the
    text is the page's size; on a phone the picture fills the width and its text stays about 16 px.
  - Repeated parts are drawn once and moved with transform="translate(...)", which keeps pages small (gzip).
    Numbers in attributes always use ?c (no "1,000").
  - Weight: /physicians/evidence/ (chart + table) is the heaviest page and sits just under the 14 KB first-flight
    budget of PageWeightTest, and figure.css is in every page's CSS. Keep both lean; measure before adding.
-->
<#-- The content file of the page being rendered, relative to the project ("content/patients/x/index.adoc"). -->
<#function sourceFile>
  <#return "content/" + content.file?replace("\\", "/")?keep_after_last("/content/")>
</#function>

<#-- Stops the bake over a figure or its data: one "content/x/index.adoc: message" line per problem, the form of every
     other problem (clinic.site.validation.Problem), which clinic.site.bake.Bake passes on to the editor. -->
<#macro report problems>
<#if problems?has_content>
<#stop "\n" + problems?map(p -> sourceFile() + ": " + p)?join("\n") + "\n">
</#if>
</#macro>

<#-- The figures an article may place. -->
<#assign names = ["infusion-timeline", "ketamine-mechanism", "evidence-response-chart", "evidence-table", "evidence-patient-summary"]>

<#-- Figures drawn on this page so far: numbers the ids inside each figure, so they stay unique on the page. -->
<#assign count = 0>

<#-- Width of every figure's viewBox, in SVG units (16 units = one line of text). -->
<#assign width = 288>

<#-- render: writes the figure called `name` (one of `names`). -->
<#macro render name>
<#assign count = count + 1>
<#local id = "figure-" + count>
<#switch name>
  <#case "infusion-timeline"><@infusionTimeline id=id/><#break>
  <#case "ketamine-mechanism"><@ketamineMechanism id=id/><#break>
  <#case "evidence-response-chart"><@evidenceResponseChart id=id/><#break>
  <#case "evidence-table"><@evidenceTable id=id/><#break>
  <#case "evidence-patient-summary"><@evidencePatientSummary id=id/><#break>
</#switch>
</#macro>

<#-- wrap: plain text as lines of at most `max` characters, broken at spaces (SVG text never wraps by itself). -->
<#function wrap text max>
  <#local lines = []>
  <#local line = "">
  <#list text?split(" ") as word>
    <#if line?has_content && (line?length + 1 + word?length > max)>
      <#local lines = lines + [line]>
      <#local line = word>
    <#else>
      <#local line = line?has_content?then(line + " " + word, word)>
    </#if>
  </#list>
  <#return line?has_content?then(lines + [line], lines)>
</#function>

<#-- textLines: one <text> per line, the first baseline at y, 20 units apart. -->
<#macro textLines lines x y class="" anchor="">
<#list lines as line>
<text<#if class?has_content> class="${class}"</#if> x="${x?c}" y="${(y + line?index * 20)?c}"<#if anchor?has_content> text-anchor="${anchor}"</#if>>${line}</text>
</#list>
</#macro>

<#--
  svgStart: the opening of a figure's SVG, with role="img" and its accessible name: its <desc>, the title sentence
  and then everything the picture shows, in words.
-->
<#macro svgStart id height title desc>
<svg class="app-figure__svg" viewBox="0 0 ${width?c} ${height?c}" role="img" aria-labelledby="${id}-desc">
<desc id="${id}-desc">${title} ${desc}</desc>
</#macro>

<#-- caption: the figure's caption, a bold title sentence then the nested explanation. -->
<#macro caption title id="">
<figcaption class="app-figure__caption"<#if id?has_content> id="${id}"</#if>><strong class="app-figure__title">${title}</strong> <#nested></figcaption>
</#macro>

<#--
  The steps of an infusion day. Each fact here is also in the text of both pages that show the timeline
  (during-your-infusion and before-your-infusion): change the pages and this list together.
  The drip's and the rest's lengths come from data/clinic-protocol.yaml, as on the pages. The steps are evenly
  spaced, not drawn to a time scale.
-->
<#function daySteps>
  <#list ["depression_infusion_minutes", "observation_minutes"] as key>
    <#if !(config["protocol_" + key])??>
      <#stop "\n" + checks.sourceFile(content) + ": the infusion-timeline figure shows `" + key + "` from data/clinic-protocol.yaml, which has no such value. Add it there.\n">
    </#if>
  </#list>
  <#return [
  {"title": "Checking in", "text": "We ask you a few questions."},
  {"title": "Checks (vital signs)", "text": "Your blood pressure, pulse and oxygen level."},
  {"title": "The drip tube (IV)", "text": "A thin tube goes into a vein in your arm or hand."},
  {"title": "The drip", "text": "About " + config.protocol_depression_infusion_minutes + " minutes for depression. Pain treatment takes longer."},
  {"title": "Resting (observation)", "text": "You rest with us for at least " + config.protocol_observation_minutes + " minutes, until you are ready to go home."},
  {"title": "Going home", "text": "An adult takes you home."}
]>
</#function>

<#-- infusionTimeline: the day from checking in to going home, as numbered steps down a line, which fits a phone. -->
<#macro infusionTimeline id>
<#local steps = daySteps()>
<#local y = 2>
<#local rows = []>
<#list steps as s>
  <#local lines = wrap(s.text, 29)>
  <#local rows = rows + [{"top": y, "lines": lines}]>
  <#local y = y + 38 + lines?size * 20>
</#list>
<#local desc = "">
<#list steps as s><#local desc = desc + (s?index + 1) + ". " + s.title + ": " + s.text + " "></#list>
<figure class="app-figure" data-figure="infusion-timeline">
<@caption title="Your infusion day, step by step.">A member of our team is with you or close by the whole time.</@caption>
<@svgStart id=id height=y - 12 title="Your infusion day in " + steps?size + " steps, from checking in to going home." desc=desc?trim/>
<path class="app-figure__line" d="M18 ${(rows[0].top + 15)?c}V${(rows?last.top + 15)?c}"/>
<#list steps as s>
<g transform="translate(0 ${rows[s?index].top?c})">
<circle class="app-figure__accent" cx="18" cy="15" r="15"/>
<text class="app-figure__marker-number app-figure__paper app-figure__label" x="18" y="20" text-anchor="middle">${s?index + 1}</text>
<text class="app-figure__label" x="46" y="20">${s.title}</text>
<@textLines lines=rows[s?index].lines x=46 y=42 class="app-figure__note"/>
</g>
</#list>
</svg>
</figure>
</#macro>

<#--
  The chain in content/patients/how-ketamine-works (ideas 1 to 3), in the page's own hedged words.
  It is a theory from animal studies, and the figure says so before anything else.
-->
<#assign mechanismSteps = [
  ["Ketamine blocks", "NMDA receptors"],
  ["More glutamate", "is let out"],
  ["Glutamate reaches", "AMPA receptors"],
  ["The brain may make", "more BDNF (a protein)"],
  ["New connections", "(synapses) may form"]
]>

<#-- ketamineMechanism: the leading theory as boxes joined by arrows, inside a frame labelled as a theory. -->
<#macro ketamineMechanism id>
<#local step = 84>
<#local height = 92 + mechanismSteps?size * step - 16>
<#local desc = "A theory, mostly from animal studies, not proven in people. Each step may lead to the next. ">
<#list mechanismSteps as s><#local desc = desc + (s?index + 1) + ". " + s?join(" ") + ". "></#list>
<figure class="app-figure" data-figure="ketamine-mechanism">
<@caption title="How ketamine may ease depression.">This is the leading theory, step by step. It has not been proven in people.</@caption>
<@svgStart id=id height=height title="How ketamine may work: a theory in " + mechanismSteps?size + " steps." desc=desc?trim/>
<rect class="app-figure__surface" x="1" y="1" width="286" height="74" rx="8"/>
<rect class="app-figure__line" x="1" y="1" width="286" height="${(height - 2)?c}" rx="8" fill="none" stroke-dasharray="6 4"/>
<@textLines lines=["A theory, mostly from", "animal studies"] x=144 y=28 class="app-figure__label" anchor="middle"/>
<text x="144" y="66" text-anchor="middle">Not proven in people</text>
<#list mechanismSteps as s>
<g transform="translate(0 ${(92 + s?index * step)?c})">
<rect class="app-figure__paper app-figure__outline" x="14" y="0" width="260" height="54" rx="6"/>
<@textLines lines=s x=144 y=23 class="app-figure__label" anchor="middle"/>
<#if s?has_next><path class="app-figure__line" d="M144 58V78M137 71l7 7 7-7" fill="none"/></#if>
</g>
</#list>
</svg>
</figure>
</#macro>

<#-- evidence: the parsed data/evidence.yaml (a map with `trials` and `patient_summary`); stops the bake without it. -->
<#function evidence>
  <#local ev = data.get("evidence.yaml")!"">
  <#if !ev?is_hash || !(ev.trials!"")?is_sequence>
    <#stop "\n" + sourceFile() + ": data/evidence.yaml is missing or has no `trials:` list; it feeds this page's evidence figures.\n">
  </#if>
  <#return ev>
</#function>

<#-- pct: a percentage as reported, with no invented precision: 55.4 -> "55.4%", 67 -> "67%". -->
<#function pct value>
  <#return value?string("0.##") + "%">
</#function>

<#-- reftext: a citation's label from this page's reference list ("anand2023" -> "Anand 2023"), or "" if absent. -->
<#function reftext cite>
  <#list content.body?matches(r'<a id="' + cite + r'"></a>\[([^\]]+)\]') as m><#return m?groups[1]></#list>
  <#return "">
</#function>

<#-- checkTrials: stops the bake, naming data/evidence.yaml and the fix, if a row this page shows is incomplete. -->
<#macro checkTrials trials>
<#local problems = []>
<#list trials as t>
  <#local where = "data/evidence.yaml, trial " + (t?index + 1) + " (" + (t.study!"no study") + "): ">
  <#list ["group", "study", "cite", "design", "n", "dose", "measure", "outcome"] as key>
    <#if !(t[key]??) || !t[key]?string?trim?has_content>
      <#local problems = problems + [where + "`" + key + "` is missing."]>
    </#if>
  </#list>
  <#if t.cite?? && !reftext(t.cite)?has_content>
    <#local problems = problems + [where + "cite `" + t.cite + "` is not in this page's reference list. Add [[[" + t.cite + ",...]]] under References."]>
  </#if>
  <#if t.response??>
    <#list ["ketamine", "comparator"] as arm>
      <#local rate = t.response[arm]!"">
      <#if !rate?is_number || (rate < 0) || (rate > 100)>
        <#local problems = problems + [where + "response." + arm + " must be a percentage from 0 to 100."]>
      </#if>
    </#list>
    <#if !(t.response.comparator_name!"")?has_content>
      <#local problems = problems + [where + "response.comparator_name is missing (e.g. ECT)."]>
    </#if>
    <#if !["Response", "Remission"]?seq_contains(t.response.measure!"")>
      <#local problems = problems + [where + "response.measure must be Response or Remission (what the two rates count)."]>
    </#if>
    <#if !(t.response.definition!"")?has_content>
      <#local problems = problems + [where + "response.definition is missing: say what counted, e.g. ≥50% fall in MADRS (clinician-rated)."]>
    </#if>
    <#if !t.n?is_number>
      <#local problems = problems + [where + "a trial with response rates needs `n` as a whole number of participants."]>
    </#if>
    <#if !(t.outcome!"")?contains("{response}")>
      <#local problems = problems + [where + "the outcome must say where the response rates go: write {response} in it."]>
    </#if>
  <#elseif (t.outcome!"")?contains("{response}")>
    <#local problems = problems + [where + "the outcome has {response} but the trial has no `response:` numbers."]>
  </#if>
</#list>
<@report problems=problems/>
</#macro>

<#-- respondingTrials: the trials with response rates against a comparator, in the data file's order. -->
<#function respondingTrials ev>
  <#return ev.trials?filter(t -> t.response??)>
</#function>

<#-- citation: a link to a trial's entry in this page's reference list, written like Asciidoctor's own. -->
<#macro citation cite><a href="#${cite}">[${reftext(cite)}]</a></#macro>

<#-- bold: plain text with *word* shown as <strong>word</strong>; everything is escaped. -->
<#macro bold text><#list text?split("*") as piece><#if piece?index % 2 == 1><strong>${piece}</strong><#else>${piece}</#if></#list></#macro>

<#-- responseText: "Response 55.4% (ketamine) vs 41.2% (ECT)", each rate marked with its value for the tests. -->
<#macro responseText t>${t.response.measure} <span data-arm="ketamine" data-value="${t.response.ketamine?c}">${pct(t.response.ketamine)}</span> (ketamine) vs <span data-arm="comparator" data-value="${t.response.comparator?c}">${pct(t.response.comparator)}</span> (${t.response.comparator_name})</#macro>

<#-- outcome: a trial's main-outcome text, with {response} written from the numbers. -->
<#macro outcome t>
<#list t.outcome?split("{response}") as piece><#if !piece?is_first><@responseText t/></#if><@bold text=piece/></#list>
</#macro>

<#--
  evidenceTable: the physicians' table of key trials and reviews, grouped by condition, one row per trial. A plain
  table, not a <figure>: the section heading above it names it, and it keeps Asciidoctor's table class, so it looks
  and scrolls (on a phone) like every other table of the site.
-->
<#macro evidenceTable id>
<#local ev = evidence()>
<@checkTrials trials=ev.trials/>
<#local groups = []>
<#list ev.trials as t><#if !groups?seq_contains(t.group)><#local groups = groups + [t.group]></#if></#list>
<#-- Three levels of headers (column, condition group, study): besides scope, every cell names its headers by id, which
     assistive technology reads without guessing how far a rowgroup header reaches. -->
<#local col = id + "-">
<table class="tableblock" data-figure="evidence-table">
<thead><tr><th scope="col" id="${col}study">Study</th><th scope="col" id="${col}design">Design</th><th scope="col" id="${col}n">N</th><th scope="col" id="${col}dose">Dose and schedule</th><th scope="col" id="${col}outcome">Main outcome</th></tr></thead>
<#list groups as g>
<#local group = id + "-g" + (g?index + 1)>
<tbody>
<tr><th scope="rowgroup" colspan="5" id="${group}">${g}</th></tr>
<#list ev.trials?filter(t -> t.group == g) as t>
<#local row = group + "-" + (t?index + 1)>
<tr>
<th scope="row" id="${row}" headers="${col}study ${group}"><a href="#${t.cite}">${t.study}</a></th>
<td headers="${col}design ${group} ${row}">${t.design}</td>
<td headers="${col}n ${group} ${row}">${t.n?is_number?then(t.n?c, t.n)}</td>
<td headers="${col}dose ${group} ${row}">${t.dose}</td>
<td headers="${col}outcome ${group} ${row}"><@outcome t/> <em>Outcome:</em> ${t.measure}.</td>
</tr>
</#list>
</tbody>
</#list>
</table>
</#macro>

<#--
  evidenceResponseChart: for each trial with response rates, a bar for ketamine (solid) and for its comparator
  (outlined) on a 0 to 100% track, each labelled with its rate. Every trial's group is drawn at y = 0 and moved.
-->
<#macro evidenceResponseChart id>
<#local ev = evidence()>
<#local trials = respondingTrials(ev)>
<@checkTrials trials=trials/>
<#local scale = width / 100>
<#local desc = "">
<#local rows = []>
<#local y = 0>
<#list trials as t>
  <#local definition = wrap(t.response.measure + ": " + t.response.definition, 34)>
  <#local rows = rows + [{"top": y, "definition": definition}]>
  <#local y = y + 150 + definition?size * 20>
  <#local desc = desc + t.study + " (" + t.group + ", N = " + t.n?c + (t.n_note??)?then(" " + t.n_note, "") + ", " + t.response.measure?lower_case + " defined as " + t.response.definition + "): " + pct(t.response.ketamine) + " with ketamine vs " + pct(t.response.comparator) + " with " + t.response.comparator_name + ". ">
</#list>
<figure class="app-figure" data-figure="evidence-response-chart">
<@caption title="Response and remission rates, ketamine vs comparator.">Each track runs from 0 to 100%. The trials count different things (each says what under its name), in different patients and against different comparators: compare within a trial, never across trials.</@caption>
<@svgStart id=id height=y - 8 title="Bar chart of response and remission rates; each trial defines its outcome differently." desc=desc?trim/>
<#list trials as t>
<#local row = rows[t?index]>
<g class="app-figure__trial" transform="translate(0 ${row.top?c})">
<text class="app-figure__label" x="0" y="16">${t.study}: ${t.group}</text>
<text class="app-figure__note" x="0" y="37">N = ${t.n?c}</text>
<#-- n_note is its own <text>, placed after "N = n" (about 9 units a character), so the N stays a text of its own. -->
<#if t.n_note??><text class="app-figure__note" x="${(("N = " + t.n?c)?length * 9 + 6)?c}" y="37">${t.n_note}</text></#if>
<g class="app-figure__definition" data-definition="${t.response.definition}"><@textLines lines=row.definition x=0 y=57 class="app-figure__note"/></g>
<#list [["ketamine", "Ketamine", t.response.ketamine, "app-figure__accent"], ["comparator", t.response.comparator_name?cap_first, t.response.comparator, "app-figure__paper app-figure__line"]] as arm>
<g transform="translate(0 ${(48 + row.definition?size * 20 + arm?index * 50)?c})">
<text x="0" y="16">${arm[1]}</text>
<text class="app-figure__label" x="288" y="16" text-anchor="end">${pct(arm[2])}</text>
<rect class="app-figure__surface" x="0" y="23" width="288" height="18"/>
<rect class="app-figure__bar ${arm[3]}" x="0" y="23" width="${(arm[2] * scale)?c}" height="18" data-arm="${arm[0]}" data-value="${arm[2]?c}"/>
</g>
</#list>
</g>
</#list>
</svg>
</figure>
</#macro>

<#--
  evidencePatientSummary: for patients, the trial named by `patient_summary` in data/evidence.yaml as two groups of
  100 dots, filled for the people who responded, for ketamine and for the comparator. The page calls it the largest
  trial, so the bake stops if the data holds a larger trial of the same condition with response rates.
-->
<#macro evidencePatientSummary id>
<#local ev = evidence()>
<#local matches = ev.trials?filter(t -> t.cite == (ev.patient_summary!""))>
<#if !matches?has_content || !(matches[0].response??) || !(matches[0].response.plain!"")?has_content>
  <@report problems=["data/evidence.yaml: `patient_summary` must name the cite of a trial with `response:` numbers and a `response.plain` wording (now: '" + (ev.patient_summary!"") + "')."]/>
</#if>
<#local t = matches[0]>
<@checkTrials trials=[t]/>
<#list respondingTrials(ev)?filter(o -> o.group == t.group && o.n?is_number && o.n > t.n) as larger>
  <@report problems=["data/evidence.yaml: " + larger.study + " (N = " + larger.n?c + ") is now larger than " + t.study + ", which the patients' summary and this page call the largest trial. Update the page and `patient_summary`."]/>
</#list>
<#local arms = [
  {"key": "ketamine", "name": "Ketamine", "value": t.response.ketamine},
  {"key": "comparator", "name": t.response.comparator_name, "value": t.response.comparator}
]>
<#local legend = wrap("= " + t.response.plain, 24)>
<#local legendY = 202>
<#local desc = "Two groups of 100 dots, one dot for each person in 100. A filled dot is a person whose " + t.response.plain + "; an empty dot is a person who did not get this much help. ">
<#list arms as a><#local desc = desc + a.name + ": about " + a.value?round + " in 100 dots are filled. "></#list>
<figure class="app-figure" data-figure="evidence-patient-summary">
<@caption title="How many people were helped a lot?">In the largest recent trial, ${t.n?c} people had ketamine or ${t.response.comparator_name} <@citation t.cite/>. Each dot is 1 person in 100.</@caption>
<@svgStart id=id height=legendY + legend?size * 20 + 30 title="How many in 100 people were helped a lot: about " + arms[0].value?round + " with ketamine, about " + arms[1].value?round + " with " + t.response.comparator_name + "." desc=desc?trim/>
<#list arms as a>
<g class="app-figure__dots" data-arm="${a.key}" data-value="${a.value?c}" data-count="${a.value?round?c}" transform="translate(${(a?index * 158)?c} 0)">
<text class="app-figure__label" x="0" y="16">${a.name}</text>
<text class="app-figure__note" x="0" y="37">about ${a.value?round} in 100</text>
<#-- 10 rows of 10 dots, filled row by row: the first (rate rounded) dots are the people who responded. -->
<#list 0..9 as row>
<g class="app-figure__paper app-figure__line" stroke-width="1.5" transform="translate(0 ${(50 + row * 13)?c})"><#list 0..9 as col><circle class="app-figure__dot<#if (row * 10 + col < a.value?round)> app-figure__dot--filled app-figure__accent</#if>" cx="${(col * 13 + 6.5)?c}" cy="6.5" r="5"/></#list></g>
</#list>
</g>
</#list>
<g class="app-figure__paper app-figure__line" stroke-width="1.5">
<circle class="app-figure__accent" cx="6.5" cy="${(legendY - 5)?c}" r="5"/>
<circle cx="6.5" cy="${(legendY + legend?size * 20 - 3)?c}" r="5"/>
</g>
<@textLines lines=legend x=21 y=legendY class="app-figure__note"/>
<text class="app-figure__note" x="21" y="${(legendY + legend?size * 20 + 2)?c}">= did not get this much help</text>
</svg>
</figure>
</#macro>
