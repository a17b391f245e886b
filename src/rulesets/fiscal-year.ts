/** The 令和 era began in 2019: 令和N年度 = fiscal year 2018 + N. */
const REIWA_OFFSET = 2018;

/**
 * Reads a fiscal year written as 2025, "2025", "FY2025", "R7" or "令和7年度" (also "令和元年度").
 * Full-width digits are refused, not converted.
 */
export function readFiscalYear(value: unknown): { ok: true; year: number } | { ok: false; message: string } {
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= 1989 && value <= 9999
      ? { ok: true, year: value }
      : { ok: false, message: `fiscal year ${String(value)} is not a year; write 2025, "FY2025", "R7" or "令和7年度"` };
  }
  if (typeof value !== "string")
    return { ok: false, message: `fiscal year must be 2025, "FY2025", "R7" or "令和7年度"` };
  const text = value.trim();
  if (/[０-９]/.test(text))
    return {
      ok: false,
      message: `fiscal year "${text.slice(0, 20)}" has full-width digits; write half-width, e.g. "令和7年度"`,
    };
  const western = /^(?:FY)?([0-9]{4})(?:年度)?$/i.exec(text);
  if (western) return { ok: true, year: Number(western[1]) };
  const reiwa = /^(?:R|令和)([0-9]{1,2}|元)(?:年度)?$/i.exec(text);
  if (reiwa) return { ok: true, year: REIWA_OFFSET + (reiwa[1] === "元" ? 1 : Number(reiwa[1])) };
  return {
    ok: false,
    message: `fiscal year "${text.slice(0, 20)}" is not understood; write 2025, "FY2025", "R7" or "令和7年度"`,
  };
}
