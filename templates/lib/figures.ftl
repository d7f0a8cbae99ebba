<#ftl output_format="HTML">
<#--
  figures.ftl: pictures drawn by the build as inline SVG, so they follow the colour tokens, scale with the text and
  can never drift from their data. An article places one with a passthrough block in its AsciiDoc:

      ++++
      <!-- figure:infusion-timeline -->
      ++++

  Import as `figures`. `names` lists every figure; an unknown name stops the bake (see article.ftl).
-->

<#-- The figures an article may place. -->
<#assign names = []>

<#-- render: writes the figure called `name` (one of `names`). -->
<#macro render name>
</#macro>
