import { fiscalCorrection, type Ruleset } from "../../index.js";
import { escapeHtml } from "../../render/html.js";
import { groupedString } from "../../money/decimal.js";
import { BODY_KIND_TERMS } from "../../trace/glossary.js";
import { BODY_KINDS, type BodyKind } from "../../trace/names.js";
import type { Charted } from "./report-bars.js";
import { allocationPerYen } from "./report-entry.js";
import { COLOURS, linked, px, stepDecimals, svgText, textWidth, ticks } from "./report-svg.js";

/*
 * The scatter plot: each computed body at its 財政力指数 (x) and its allocation per yen of cost (y: 算定額 ÷
 * 事業費). For each kind of body a dashed line gives what a yen of an expense that counts whole brings at
 * that index (措置率 × 財政力補正, from the ruleset): a body well under its line has costs that did not count
 * (特定財源, exclusions, caps); one above it has coordinators, which count at 1.0. A point off its
 * neighbours is the one to open.
 */

const WIDTH = 1000;
const HEIGHT = 430;
const LEFT = 64;
const RIGHT = 740;
const TOP = 18;
const BOTTOM = 380;
const LABEL_SIZE = 11;

interface KindStyle {
  readonly colour: string;
  readonly mark: "circle" | "square";
}

/** A kind of body's colour and mark. */
const KIND_STYLE: Readonly<Record<BodyKind, KindStyle>> = {
  municipality: { colour: COLOURS.municipality, mark: "circle" },
  prefecture: { colour: COLOURS.prefecture, mark: "square" },
};

interface Point {
  readonly body: Charted;
  readonly fci: number;
  readonly perYen: string;
  readonly x: number;
  readonly y: number;
}

interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/** The plot as one SVG (the bodies without a cost in this measure are left out; the caller says how many). */
export function scatterPlot(bodies: readonly Charted[], ruleset: Ruleset): string {
  const data = bodies.flatMap((body) => {
    const perYen = allocationPerYen(body.figures);
    return perYen === undefined ? [] : [{ body, perYen, fci: Number(body.figures.fiscalCapabilityIndex) }];
  });
  const rate = Number(ruleset.measureRate.value);
  const xTicks = ticks(Math.max(...data.map((d) => d.fci), 1), 8);
  const xMax = xTicks.values.at(-1) as number;
  const yTicks = ticks(Math.max(...data.map((d) => Number(d.perYen)), rate), 6);
  const yMax = yTicks.values.at(-1) as number;
  const sx = (v: number) => LEFT + (v / xMax) * (RIGHT - LEFT);
  const sy = (v: number) => BOTTOM - (v / yMax) * (BOTTOM - TOP);
  const points: Point[] = data.map((d) => ({ ...d, x: sx(d.fci), y: sy(Number(d.perYen)) }));

  const xDecimals = stepDecimals(xTicks.step);
  const yDecimals = stepDecimals(yTicks.step);
  const axes = [
    ...xTicks.values.map(
      (v) =>
        `<line x1="${px(sx(v))}" x2="${px(sx(v))}" y1="${TOP}" y2="${BOTTOM}" stroke="${COLOURS.grid}"></line>` +
        svgText(sx(v), BOTTOM + 16, v.toFixed(xDecimals), { "text-anchor": "middle", class: "tick" }),
    ),
    ...yTicks.values.map(
      (v) =>
        `<line x1="${LEFT}" x2="${RIGHT}" y1="${px(sy(v))}" y2="${px(sy(v))}" stroke="${COLOURS.grid}"></line>` +
        svgText(LEFT - 6, sy(v) + 4, v.toFixed(yDecimals), { "text-anchor": "end", class: "tick" }),
    ),
    `<line x1="${LEFT}" x2="${RIGHT}" y1="${BOTTOM}" y2="${BOTTOM}" stroke="${COLOURS.axis}"></line>`,
    `<line x1="${LEFT}" x2="${LEFT}" y1="${TOP}" y2="${BOTTOM}" stroke="${COLOURS.axis}"></line>`,
    svgText((LEFT + RIGHT) / 2, BOTTOM + 36, "財政力指数 Fiscal capability index", {
      "text-anchor": "middle",
      class: "axis",
    }),
    svgText(16, (TOP + BOTTOM) / 2, "事業費1円あたりの算定額（円） Allocation per yen of cost", {
      "text-anchor": "middle",
      class: "axis",
      transform: `rotate(-90 16 ${px((TOP + BOTTOM) / 2)})`,
    }),
  ];

  const kinds = BODY_KINDS.filter((kind) => points.some((p) => p.body.kind === kind));
  const curves = kinds.map((kind) => referenceCurve(kind, ruleset, rate, xMax, sx, sy));
  const placed: Box[] = points.map((p) => ({ x0: p.x - 5, y0: p.y - 5, x1: p.x + 5, y1: p.y + 5 }));
  const labels = points.map((p) => pointLabel(p, placed)).join("");
  const marks = points.map(pointMark).join("");

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart scatter" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-label="財政力指数と事業費1円あたりの算定額">`,
    ...axes,
    ...curves,
    labels,
    marks,
    legend(kinds, ruleset.measureRate.value),
    "</svg>",
  ].join("\n");
}

/** A body's mark, linked to its 計算書, with every figure in its tooltip. */
function pointMark(p: Point): string {
  // A computed body's kind is one of the library's; a municipality's mark otherwise, never a failure.
  const style = (KIND_STYLE as Readonly<Partial<Record<string, KindStyle>>>)[p.body.kind] ?? KIND_STYLE.municipality;
  const f = p.body.figures;
  const tooltip =
    `${p.body.name || p.body.code}（${p.body.code}）\n財政力指数 ${f.fiscalCapabilityIndex}（財政力補正 ${f.fiscalCorrection}）\n` +
    `算定額 ${groupedString(f.totalYen)}円 ÷ 事業費 ${groupedString(f.projectCostYen)}円 = ${p.perYen}`;
  const shape =
    style.mark === "circle"
      ? `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="5" fill="${style.colour}" stroke="#fff" stroke-width="1"></circle>`
      : `<rect x="${px(p.x - 4.5)}" y="${px(p.y - 4.5)}" width="9" height="9" fill="${style.colour}" stroke="#fff" stroke-width="1"></rect>`;
  return `<g class="point" data-code="${escapeHtml(p.body.code)}">${linked(p.body.href, `<title>${escapeHtml(tooltip)}</title>${shape}`, true)}</g>`;
}

/**
 * The body's name beside its mark, where it fits: right, left, above or below, the first place that
 * overlaps no mark or label already placed and stays in the plot; none where none does (its tooltip still
 * names it).
 */
function pointLabel(p: Point, placed: Box[]): string {
  const text = p.body.name || p.body.code;
  const w = textWidth(text, LABEL_SIZE);
  const h = LABEL_SIZE + 2;
  const tries: { box: Box; x: number; anchor: "start" | "end" | "middle"; baseline: number }[] = [
    {
      box: { x0: p.x + 7, y0: p.y - h / 2, x1: p.x + 7 + w, y1: p.y + h / 2 },
      x: p.x + 7,
      anchor: "start",
      baseline: p.y + 4,
    },
    {
      box: { x0: p.x - 7 - w, y0: p.y - h / 2, x1: p.x - 7, y1: p.y + h / 2 },
      x: p.x - 7,
      anchor: "end",
      baseline: p.y + 4,
    },
    {
      box: { x0: p.x - w / 2, y0: p.y - 7 - h, x1: p.x + w / 2, y1: p.y - 7 },
      x: p.x,
      anchor: "middle",
      baseline: p.y - 9,
    },
    {
      box: { x0: p.x - w / 2, y0: p.y + 7, x1: p.x + w / 2, y1: p.y + 7 + h },
      x: p.x,
      anchor: "middle",
      baseline: p.y + 7 + h - 2,
    },
  ];
  const inside = (b: Box) => b.x0 >= LEFT && b.x1 <= RIGHT && b.y0 >= TOP && b.y1 <= BOTTOM;
  const free = (b: Box) => placed.every((o) => b.x1 <= o.x0 || b.x0 >= o.x1 || b.y1 <= o.y0 || b.y0 >= o.y1);
  const spot = tries.find((t) => inside(t.box) && free(t.box));
  if (!spot) return "";
  placed.push(spot.box);
  return svgText(spot.x, spot.baseline, text, { "text-anchor": spot.anchor, class: "label" });
}

/** 措置率 × 財政力補正 over the x axis for a kind of body, from the ruleset's bands, as a dashed line. */
function referenceCurve(
  kind: BodyKind,
  ruleset: Ruleset,
  rate: number,
  xMax: number,
  sx: (v: number) => number,
  sy: (v: number) => number,
): string {
  const steps = Math.round(xMax * 100);
  const coordinates = Array.from({ length: steps + 1 }, (_, i) => {
    const index = (i / 100).toFixed(2);
    const coefficient = Number(fiscalCorrection(index, kind, ruleset).coefficient);
    return `${px(sx(i / 100))},${px(sy(rate * coefficient))}`;
  });
  return `<polyline class="reference" points="${coordinates.join(" ")}" fill="none" stroke="${KIND_STYLE[kind].colour}" stroke-width="1.5" stroke-dasharray="5 4" opacity="0.7"></polyline>`;
}

/** The legend, right of the plot: each kind's mark and its reference line. */
function legend(kinds: readonly BodyKind[], rate: string): string {
  const x = RIGHT + 24;
  return kinds
    .map((kind, i) => {
      const y = TOP + 10 + i * 54;
      const style = KIND_STYLE[kind];
      const mark =
        style.mark === "circle"
          ? `<circle cx="${x + 5}" cy="${y}" r="5" fill="${style.colour}"></circle>`
          : `<rect x="${x + 0.5}" y="${y - 4.5}" width="9" height="9" fill="${style.colour}"></rect>`;
      return (
        mark +
        svgText(x + 16, y + 4, `${BODY_KIND_TERMS[kind].ja} ${BODY_KIND_TERMS[kind].en}`, { class: "legend" }) +
        `<line x1="${x}" x2="${x + 12}" y1="${y + 22}" y2="${y + 22}" stroke="${style.colour}" stroke-width="1.5" stroke-dasharray="5 4"></line>` +
        svgText(x + 16, y + 26, `措置率 ${rate} × 財政力補正`, { class: "legend small" })
      );
    })
    .join("");
}
