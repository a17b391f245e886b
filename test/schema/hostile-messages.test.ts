import { describe, expect, it } from "vitest";
import { getRuleset, InputError, safeCalculate, summarize } from "../../src/index.js";
import { readYen } from "../../src/money/yen.js";
import { readNonNegativeDecimal } from "../../src/money/decimal-input.js";
import { quoteValue, showControls } from "../../src/text/visible.js";
import { validApplication } from "../support.js";

/*
 * No message carries a raw control character, whatever path a user's text came by: a value quoted in a
 * message is escaped as JSON escapes it (ESC → \u001b), and InputError shows any control that reached a
 * path or message some other way. Raw, an ESC sequence in a message would act on the terminal that
 * prints it (clear the screen, retitle the window, fake a line).
 */

/** A raw control character (C0, DEL, C1) or a lone surrogate. */
const RAW = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const HOSTILE = [
  "\u001b[2J120",
  "12\u00000",
  "\u0007\u0008\t\n\r\u000b\u000c",
  "1\u007f2",
  "\u0085\u009b31m",
  "\ud800",
  "\udfff1",
  '"quoted" \\ back',
  "１２０\u001b]0;x\u0007",
  "120万円\u001b[31m",
  "-5\u001b",
  "1.5\u009b",
];

/** Every issue's path and message, and the error's message: none may hold a raw control. */
function messagesOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return [error.message, ...error.issues.flatMap((i) => [i.path, i.message])];
  }
  return [];
}

/** Every place an application holds a string, and every object an unknown key could be added to. */
function places(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; object: boolean }[] {
  if (typeof value === "string") return [{ path, object: false }];
  if (Array.isArray(value)) return value.flatMap((v, i) => places(v, [...path, i]));
  if (value !== null && typeof value === "object")
    return [{ path, object: true }, ...Object.entries(value).flatMap(([k, v]) => places(v, [...path, k]))];
  return [];
}

function set(root: Record<string, any>, path: readonly (string | number)[], value: unknown): void {
  let at: any = root;
  for (const key of path.slice(0, -1)) at = at[key];
  at[path.at(-1)!] = value;
}

describe("messages quote a user's value safely", () => {
  it("quotes an amount with an ESC sequence escaped (readYen, calculate, summarize)", () => {
    const read = readYen("\u001b[2J120");
    expect(read).toEqual({
      ok: false,
      problem: {
        code: "invalid_amount",
        message:
          'amount "\\u001b[2J120" is not integer yen; use digits, optionally with thousands separators ("1,200,000")',
      },
    });
    const application = validApplication();
    application.projects[0].expenses[0].amount = "\u001b[2J120";
    const result = safeCalculate(application);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toBe(
      '$.projects[0].expenses[0].amount: amount "\\u001b[2J120" is not integer yen; use digits, optionally with thousands separators ("1,200,000")',
    );
    expect(messagesOf(() => summarize(application)).join(" ¶ ")).not.toMatch(RAW);
  });

  // (Test names show the values quoted: raw, they would act on the terminal that prints the report.)
  it.each(HOSTILE.map((v) => [quoteValue(v), v]))("escapes %s in every amount and decimal message", (_, value) => {
    const read = readYen(value);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problem.message).not.toMatch(RAW);
    const decimal = readNonNegativeDecimal(value, "fci");
    expect(decimal.ok).toBe(false);
    if (!decimal.ok) expect(decimal.message).not.toMatch(RAW);
  });

  it("quotes as JSON does, DEL, C1 and lone surrogates too, cut at 40 units but never inside a pair", () => {
    expect(quoteValue('\u001b[2J\r\n\t\u007f\u0085\ud800\\"')).toBe(
      '"\\u001b[2J\\r\\n\\t\\u007f\\u0085\\ud800\\\\\\""',
    );
    expect(quoteValue("a".repeat(41))).toBe(`"${"a".repeat(40)}…"`);
    expect(quoteValue(`${"a".repeat(39)}𠮷`)).toBe(`"${"a".repeat(39)}…"`);
    expect(quoteValue(`${"a".repeat(38)}𠮷b`)).toBe(`"${"a".repeat(38)}𠮷…"`);
    expect(showControls("気仙沼市\u001b[2J\u0000\u009f\udc00\\n")).toBe("気仙沼市\\u001b[2J\\u0000\\u009f\\udc00\\n");
  });

  // The whole kind: a hostile string in every string of an application, and as an unknown key in every
  // object; calculate's and summarize's errors carry no raw control, whichever check reports it.
  const all = places(validApplication());
  it.each(HOSTILE.slice(0, 6).map((v) => [quoteValue(v), v]))(
    "escapes %s wherever it is put in an application",
    (_, value) => {
      for (const place of all) {
        const application = validApplication();
        if (place.object) {
          const target = place.path.reduce<any>((at, key) => at[key], application);
          target[value] = "1";
        } else set(application, place.path, value);
        const where = `${place.object ? "a key in" : "the value of"} $${place.path.map((k) => `[${JSON.stringify(k)}]`).join("")}`;
        const result = safeCalculate(application);
        const texts = result.ok
          ? []
          : [result.error.message, ...result.error.issues.flatMap((i) => [i.path, i.message])];
        texts.push(...messagesOf(() => summarize(application)));
        expect(texts.join(" ¶ "), where).not.toMatch(RAW);
      }
    },
  );

  it("shows a control that reached an issue by another path (InputError itself)", () => {
    const error = new InputError([{ path: '$["\u007f"]', code: "unknown_key", message: "unknown key \u001b[2J" }]);
    expect(error.issues).toEqual([{ path: '$["\\u007f"]', code: "unknown_key", message: "unknown key \\u001b[2J" }]);
    expect(error.message).toBe('$["\\u007f"]: unknown key \\u001b[2J');
    expect(messagesOf(() => getRuleset("\u001b[2J2025"))).not.toEqual([]);
    expect(messagesOf(() => getRuleset("\u001b[2J2025")).join(" ¶ ")).not.toMatch(RAW);
  });
});
