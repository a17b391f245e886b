import { groupedString } from "../../money/decimal.js";
import { escapeHtml } from "../../render/html.js";
import { labels } from "../../render/labels.js";
import type { ComputedFigures, ReportEntry } from "./report-entry.js";
import { COLOURS, linked, px, svgText, textWidth, ticks } from "./report-svg.js";

/*
 * The bar chart: one row per computed body, sorted by its 算定額 (largest first). Left, the 算定額 as a
 * bar; right, its 事業費 as a bar of four stacked parts — 特定財源, the own burden that counts (算定対象),
 * the own burden a rule put out (対象外) and the part over a coordinator's cap (上限超過) — on one scale
 * for every body, so a body whose cost is mostly red or amber stands out. Each row links to the body's
 * 計算書 when there is one, and its tooltip (<title>) gives every figure exactly.
 */

const ROW = 22;
const BAR = 13;
const TOP = 48;
const LABEL_END = 206;
const ALLOCATION_X = 214;
const ALLOCATION_WIDTH = 190;
const COST_X = 516;
const COST_WIDTH = 330;
const BAR_CHART_WIDTH = 1000;

/** A computed body, for the chart. */
export type Charted = ReportEntry & { readonly figures: ComputedFigures };

/** The parts of a body's cost, in the order they are stacked, with their colours and names. */
const PARTS = [
  ["specificRevenueYen", COLOURS.specificRevenue, "特定財源"],
  ["eligibleYen", COLOURS.eligible, "算定対象"],
  ["excludedYen", COLOURS.excluded, "対象外"],
  ["cappedYen", COLOURS.capped, "上限超過"],
] as const;

const yen = (s: string) => labels.ja.yen(groupedString(s));
const thousandYen = (s: string) => labels.ja.thousandYen(groupedString(s));

/** The chart as one SVG; the bodies already sorted. */
export function barChart(bodies: readonly Charted[]): string {
  // Scales in thousand yen: floats for geometry only.
  const allocationMax = Math.max(...bodies.map((b) => Number(b.figures.totalYen) / 1000), 1);
  const costMax = Math.max(...bodies.map((b) => Number(b.figures.projectCostYen) / 1000), 1);
  const allocationTicks = ticks(allocationMax, 3, 1);
  const costTicks = ticks(costMax, 5, 1);
  const allocationScale = ALLOCATION_WIDTH / (allocationTicks.values.at(-1) as number);
  const costScale = COST_WIDTH / (costTicks.values.at(-1) as number);
  const height = TOP + bodies.length * ROW + 8;

  const grid = (x0: number, scale: number, values: readonly number[]) =>
    values
      .map((v) => {
        const x = x0 + v * scale;
        return (
          `<line x1="${px(x)}" x2="${px(x)}" y1="${TOP - 4}" y2="${height - 8}" stroke="${COLOURS.grid}"></line>` +
          svgText(x, TOP - 8, groupedString(String(v)), { "text-anchor": "middle", class: "tick" })
        );
      })
      .join("");

  const rows = bodies.map((body, i) => {
    const y = TOP + i * ROW;
    const f = body.figures;
    const mid = y + ROW / 2;
    const name = body.name || body.code;
    const shown = clipName(name, LABEL_END - 60);
    // The row's background, every other one shaded: inside the link, so the whole row is one target.
    const background = `<rect x="0" y="${y}" width="${BAR_CHART_WIDTH}" height="${ROW}" class="row${i % 2 === 1 ? " stripe" : ""}"></rect>`;
    const allocation = (Number(f.totalYen) / 1000) * allocationScale;
    let x = COST_X;
    const parts = PARTS.map(([field, colour]) => {
      const width = (Number(f[field]) / 1000) * costScale;
      const rect =
        width > 0
          ? `<rect x="${px(x)}" y="${px(mid - BAR / 2)}" width="${px(width)}" height="${BAR}" fill="${colour}"></rect>`
          : "";
      x += width;
      return rect;
    }).join("");
    const tooltip = [
      `${name}（${body.code}）`,
      `算定額 ${thousandYen(f.totalThousandYen)}（${yen(f.totalYen)}）`,
      `事業費 ${yen(f.projectCostYen)} = ${PARTS.map(([field, , label]) => `${label} ${yen(f[field])}`).join(" + ")}`,
    ].join("\n");
    const content = [
      `<title>${escapeHtml(tooltip)}</title>`,
      background,
      svgText(LABEL_END, mid + 4, shown, { "text-anchor": "end", class: "name" }),
      svgText(LABEL_END - textWidth(shown, 12) - 6, mid + 4, body.code, {
        "text-anchor": "end",
        class: "code",
      }),
      allocation > 0
        ? `<rect x="${ALLOCATION_X}" y="${px(mid - BAR / 2)}" width="${px(allocation)}" height="${BAR}" fill="${COLOURS.allocation}"></rect>`
        : "",
      svgText(ALLOCATION_X + allocation + 5, mid + 4, thousandYen(f.totalThousandYen), { class: "value" }),
      parts,
      svgText(x + 5, mid + 4, yen(f.projectCostYen), { class: "value" }),
    ].join("");
    return `<g class="bar" data-code="${escapeHtml(body.code)}">${linked(body.href, content, true)}</g>`;
  });

  const headings =
    svgText(ALLOCATION_X, 14, "算定額（千円） Allocation", { class: "panel" }) +
    svgText(COST_X, 14, "事業費の内訳（目盛は千円） Cost and what became of it", { class: "panel" });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart bars" viewBox="0 0 ${BAR_CHART_WIDTH} ${height}" width="${BAR_CHART_WIDTH}" height="${height}" role="img" aria-label="団体別の算定額と事業費の内訳">`,
    headings,
    grid(ALLOCATION_X, allocationScale, allocationTicks.values),
    grid(COST_X, costScale, costTicks.values),
    ...rows,
    "</svg>",
  ].join("\n");
}

/** The legend of the parts, as HTML under the chart. */
export function barLegend(): string {
  const item = (colour: string, text: string) =>
    `<span class="key"><span class="swatch" style="background:${colour}"></span>${text}</span>`;
  return `<p class="legend">${[
    item(COLOURS.allocation, "算定額 allocation"),
    item(COLOURS.specificRevenue, "特定財源 specific revenue"),
    item(COLOURS.eligible, "算定対象 eligible own burden"),
    item(COLOURS.excluded, "対象外 excluded"),
    item(COLOURS.capped, "上限超過 over a cap"),
  ].join("")}</p>`;
}

/** A name cut to fit its column (a long name would run into the bars), with "…". */
function clipName(name: string, width: number): string {
  if (textWidth(name, 12) <= width) return name;
  const characters = Array.from(name); // by code point: a cut never splits a surrogate pair
  while (characters.length > 1 && textWidth(`${characters.join("")}…`, 12) > width) characters.pop();
  return `${characters.join("")}…`;
}
