import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, explainLine, renderTrace, verify } from "../../src/index.js";
import { readmeApplication } from "../support.js";
import { wordSteps } from "../../src/index.js";

// docs/audit.md works the README's application; its figures must stay the library's.
const doc = readFileSync(new URL("../../docs/audit.md", import.meta.url), "utf8");
const calc = calculate(readmeApplication());
const step = (id: string) => wordSteps(calc).find((s) => s.id === id);

describe("docs/audit.md", () => {
  it("redoes the README's total with the library's step values", () => {
    expect(step("dual-residence/eligible-costs")?.inputs).toEqual({ E1: "1200000", E2: "0" });
    expect(step("dual-residence/measure-rate")?.output.amountYen).toBe("600000");
    expect(step("dual-residence/total")?.output.totalYen).toBe("5600000");
    expect(step("dual-residence/rounding")?.output.totalThousandYen).toBe("5600");
    expect(step("ledger")?.output).toMatchObject({ eligibleYen: "6200000", excludedYen: "31200000" });
    expect(doc).toContain("5,600,000 ÷ 1,000 = 5,600");
    expect(doc).toContain("金額 37,400,000 = 対象 6,200,000 + 除外 31,200,000");
  });

  it("quotes the library's step, why-not and verify output", () => {
    expect(doc).toContain(
      JSON.stringify(step("person/dual-residence/A/coordinator-cap")?.output)
        .replace(/,/g, ", ")
        .replace(/":/g, '": ')
        .replace(/^\{/, "{ ")
        .replace(/\}$/, " }"),
    );
    expect(doc).toContain(explainLine(calc, "E2")?.reasons[0]?.condition.ja as string);
    const edited = JSON.parse(JSON.stringify(calc));
    edited.lines[1].disposition = "eligible";
    expect(doc).toContain(
      `{ path: "lines[1].disposition", stepId: "line/E2", expected: '"excluded"', actual: '"eligible"' }`,
    );
    expect(verify(edited).mismatches[0]).toEqual({
      path: "lines[1].disposition",
      stepId: "line/E2",
      expected: '"excluded"',
      actual: '"eligible"',
    });
  });

  it("numbers the README's steps as its 計算書 does, and quotes the 計算書's sources section", () => {
    const number = (id: string) => wordSteps(calc).findIndex((s) => s.id === id) + 1;
    const rows = [...doc.matchAll(/^\| \d \| (.+?) \| ([\d →,]+) \| /gm)];
    expect(rows).toHaveLength(9);
    for (const [, ids, numbers] of rows) {
      const shown = [...(ids as string).matchAll(/`([^`]+)`/g)].map((m) =>
        (m[1] as string).replace(/^…\//, "dual-residence/"),
      );
      expect(shown.map(number), ids).toEqual((numbers as string).match(/\d+/g)?.map(Number));
    }
    const md = renderTrace(calc).split("\n");
    const sample = /\*\*出典\.\*\*[\s\S]*?```\n([\s\S]*?)```/.exec(doc)?.[1] ?? "";
    const quoted = sample.split("\n").filter((l) => l.startsWith("| "));
    expect(quoted).toHaveLength(7);
    for (const line of quoted) expect(md).toContain(line);
  });

  it("links files that exist", () => {
    for (const [, target] of doc.matchAll(/\]\(([^)#]+)\)/g))
      expect(existsSync(new URL(`../../docs/${target}`, import.meta.url)), target).toBe(true);
  });
});
