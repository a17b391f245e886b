/*
 * report.html's style sheet, inline in the page (no file beside it, nothing fetched). The fonts are the
 * 計算書's (src/render/html.ts), so the report and the documents it links to read alike. Landscape A4 in
 * print: the charts are 1000 px wide.
 */
export const REPORT_STYLE = `
@page { size: A4 landscape; margin: 10mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #111; background: #fff; font: 10.5pt/1.55 "Noto Sans CJK JP", "Noto Sans JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, "IPAexGothic", "IPAPGothic", "IPAGothic", sans-serif; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1.25rem 3rem; }
h1 { font-size: 1.45rem; margin: 0 0 .3rem; border-bottom: 3px double #333; padding-bottom: .3rem; }
h2 { font-size: 1.12rem; margin: 1.8rem 0 .4rem; border-left: 5px solid #2f4f6f; padding-left: .5rem; break-after: avoid; }
.en { color: #666; font-weight: normal; font-size: .85em; }
p { margin: .2rem 0 .5rem; }
p.meta { color: #333; margin-bottom: .8rem; }
p.note { color: #444; font-size: .92rem; }
div.figures { display: flex; flex-wrap: wrap; gap: .45rem; margin: .6rem 0 .4rem; }
div.figure { flex: 1 1 auto; border: 1px solid #c8ced4; border-radius: 4px; padding: .3rem .65rem; background: #f7f9fb; }
div.figure .label { display: block; font-size: .8rem; color: #444; line-height: 1.3; white-space: nowrap; }
div.figure .label .en { display: block; font-size: .72rem; }
div.figure .value { display: block; font-size: 1.15rem; font-weight: bold; font-variant-numeric: tabular-nums; white-space: nowrap; }
div.figure.attention .value { color: #b52b27; }
p.legend { display: flex; flex-wrap: wrap; gap: .3rem 1.1rem; font-size: .85rem; margin: .3rem 0; }
span.key { display: inline-flex; align-items: center; gap: .3rem; }
span.swatch { display: inline-block; width: .9rem; height: .7rem; border-radius: 1px; }
div.chart { overflow-x: auto; }
svg.chart { display: block; width: 100%; min-width: 720px; height: auto; font-family: inherit; }
svg.chart text { font-size: 11px; fill: #222; }
svg.chart text.name { font-size: 12px; }
svg.chart text.code { fill: #777; font-size: 10px; }
svg.chart text.tick { fill: #666; font-size: 10px; }
svg.chart text.panel { font-size: 12px; font-weight: bold; }
svg.chart text.axis { font-size: 12px; fill: #333; }
svg.chart text.value { font-size: 11px; font-variant-numeric: tabular-nums; }
svg.chart text.label { font-size: 11px; fill: #333; }
svg.chart text.small { font-size: 10px; fill: #555; }
svg.chart rect.row { fill: transparent; }
svg.chart rect.row.stripe { fill: #f4f6f8; }
svg.chart a.calc:hover rect.row { fill: #e3ecf5; }
svg.chart a.calc:hover text.name { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; margin: .3rem 0 .8rem; font-size: .88rem; }
th, td { border: 1px solid #b3b9bf; padding: .18rem .4rem; vertical-align: top; text-align: left; }
thead th { background: #e8edf2; font-weight: bold; vertical-align: bottom; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
td.code { font-variant-numeric: tabular-nums; white-space: nowrap; }
td.rank { color: #777; }
td.attention { color: #b52b27; font-weight: bold; }
tr.invalid td { background: #fbeaea; }
a { color: inherit; }
td a { text-decoration: underline dotted #8a949e; text-underline-offset: 2px; }
td a:hover { text-decoration: underline solid; }
p.foot { margin-top: 2rem; color: #666; font-size: .8rem; }
@media print { main { max-width: none; padding: 0; } a { text-decoration: none; } div.chart { overflow: visible; } }
`.trim();
