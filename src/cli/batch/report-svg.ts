import { escapeHtml } from "../../render/html.js";

/*
 * Small pieces the report's charts share. Geometry is in floats (pixels); every figure a chart prints
 * comes from the calculation's exact strings or from round tick values, never from a float's digits.
 * Elements are closed with end tags (<rect …></rect>), not "/>": the same in HTML, and well-formed to a
 * strict reader.
 */

/** Colours of the parts of a cost, and of the allocation, as the legend names them. */
export const COLOURS = {
  allocation: "#2f4f6f",
  specificRevenue: "#b9c3cc",
  eligible: "#4e8fc7",
  excluded: "#d9534f",
  capped: "#f0a030",
  municipality: "#4e8fc7",
  prefecture: "#c2571a",
  grid: "#d6dbe0",
  axis: "#555",
} as const;

/**
 * Round tick values from 0 covering `max` in about `count` steps (two at least): each step 1, 2 or 5 × 10^k, at least
 * `minStep`. The last tick is at or above `max`, so it is the scale's end.
 */
export function ticks(max: number, count: number, minStep = 0): { values: number[]; step: number } {
  const rough = Math.max(max, Number.MIN_VALUE) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = Math.max(minStep, ([1, 2, 5, 10].find((m) => m * power >= rough) ?? 10) * power);
  const values: number[] = [];
  for (let i = 0; values.length < 2 || (values.at(-1) as number) < max; i++) values.push(i * step);
  return { values, step };
}

/** The decimals a tick label needs for a step (0.1 → 1, 0.05 → 2, 1000 → 0). */
export function stepDecimals(step: number): number {
  return Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
}

/** About how wide a text is at a font size: CJK characters a full em, others a little over half. */
export function textWidth(text: string, size: number): number {
  let em = 0;
  for (const c of text) em += c.charCodeAt(0) < 0x2e80 ? 0.6 : 1;
  return em * size;
}

/** A number for an SVG attribute: two decimals at most. */
export const px = (n: number): string => String(Math.round(n * 100) / 100);

/** SVG or HTML content inside a link to a body's 計算書, or as it is where there is none. */
export function linked(href: string | undefined, content: string, svg = false): string {
  if (href === undefined) return content;
  return svg
    ? `<a href="${escapeHtml(href)}" class="calc">${content}</a>`
    : `<a href="${escapeHtml(href)}">${content}</a>`;
}

/** An SVG text element; the text escaped. */
export function svgText(
  x: number,
  y: number,
  text: string,
  attributes: Readonly<Record<string, string | number>> = {},
): string {
  const extra = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeHtml(typeof value === "number" ? px(value) : value)}"`)
    .join("");
  return `<text x="${px(x)}" y="${px(y)}"${extra}>${escapeHtml(text)}</text>`;
}
