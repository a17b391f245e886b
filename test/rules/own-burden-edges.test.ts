import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  calculate,
  defineRuleset,
  diffCalculations,
  explainLine,
  getRuleset,
  renderTrace,
  safeCalculate,
  summarize,
  verify,
  type Calculation,
} from "../../src/index.js";
import { Dec } from "../../src/money/decimal.js";
import { capOf, coordinatorCap, whyCapped } from "../../src/rules/coordinator-cap/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { worded } from "../support.js";
import { wordSteps } from "../../src/index.js";
import type { StepData, WordedStep } from "../../src/trace/step.js";

/* The own burden's and the ふるさと住民 track's less travelled paths, each with a hand-worked figure. */

const fixture = (id: string) => loadFixtures().find((f) => f.id === id)?.input as Record<string, any>;
const fy2025 = getRuleset(2025);
const gross = defineRuleset(fy2025, {
  id: "FY2025-gross-cap",
  fiscalYear: 2025,
  parameters: {
    ownBurden: {
      coordinatorCapBasis: {
        value: "gross",
        cite: { source: "audit", ref: "test: the cap on the gross cost", inference: true, note: "test" },
      },
    },
  },
});

describe("the coordinator cap read against the gross cost (the other reading, as a ruleset parameter)", () => {
  it("fills the cap with gross costs and takes the subsidy off: 6,200,000 with 1,000,000 → 4,000,000", () => {
    const result = coordinatorCap(
      "A",
      "dual-residence",
      [{ id: "C1", post: "full-time", cost: new Dec(6_200_000), specific: new Dec(1_000_000) }],
      gross,
    );
    expect(result.records[0]?.eligible.toFixed()).toBe("4000000");
    expect(worded(result.steps[0] as StepData).note.en).toBe(
      "A's costs total ¥6,200,000; the full-time cap ¥5,000,000 counts ¥5,000,000 (filled in record order).",
    );
    // The other reading here is the own burden's: 5,000,000.
    expect(result.steps[1]?.output).toMatchObject({ appliedEligibleYen: "4000000", otherEligibleYen: "5000000" });
    expect(worded(result.steps[1] as StepData).note.en).toBe(
      "The cap read against the gross cost counts ¥4,000,000 (against the own burden: ¥5,000,000).",
    );
    const why = whyCapped(result.steps[0] as StepData, "C1", "coordinator C1");
    expect(why.summary.en).toContain("A's costs total ¥6,200,000");
  });

  it("a calculation under that ruleset verifies with it", () => {
    const input = fixture("own-burden-coordinators");
    const calc = calculate(input, { ruleset: gross });
    // B1: min(7,000,000, 5,000,000) − 1,000,000 = 4,000,000.
    expect(calc.lines.find((l) => l.id === "B1")?.eligibleYen).toBe("4000000");
    expect(verify(JSON.parse(JSON.stringify(calc)), { ruleset: gross }).ok).toBe(true);
  });

  it("the ふるさと住民 track's caps are its own (FY2026); a ruleset without the track reads this measure's", () => {
    expect(capOf("furusato-resident", ["concurrent"], getRuleset(2026)).cap.cite.source).toBe("press");
    expect(capOf("furusato-resident", ["full-time"], fy2025).cap.value).toBe("5000000");
  });
});

describe("explaining lines with 特定財源", () => {
  it("says what was deducted, then why; a capped subsidised record names its 一般財源等", () => {
    const half = calculate(fixture("own-burden-half-grant"));
    expect(explainLine(half, "E1")?.summary.en).toBe(
      "Specific revenue ¥1,200,000 deducted (own burden ¥1,200,000). Eligible: nothing excluded.",
    );
    const people = calculate(fixture("own-burden-coordinators"));
    const b1 = explainLine(people, "B1");
    expect([b1?.specificRevenueYen, b1?.ownBurdenYen]).toEqual(["1000000", "6000000"]);
    expect(b1?.summary.ja).toContain("B の一般財源等の合計6,000,000円が上限5,000,000円（専任）を超え");
    // The smallest change: a cost of 6,000,000 (own burden 5,000,000) fits.
    expect(b1?.wouldCount[0]?.to).toBe("6000000");
  });
});

describe("diffCalculations and the ふるさと住民 track", () => {
  it("names the track's total where either side has it (an absent side counts 0)", () => {
    const input = fixture("furusato-resident-track");
    const withTrack = calculate(input);
    const without = calculate({
      ...input,
      projects: [{ ...input.projects[0], expenses: input.projects[0].expenses.filter((e: any) => e.id === "E1") }],
      coordinators: input.coordinators.filter((c: any) => c.id === "C1"),
    });
    const d = diffCalculations(withTrack, without);
    expect(d.total.furusatoResident?.totalThousandYen).toEqual({ before: "12900", after: "0", delta: "-12900" });
    expect(diffCalculations(without, withTrack).total.furusatoResident?.totalYen.delta).toBe("12900000");
    expect(diffCalculations(without, without).total.furusatoResident).toBeUndefined();
  });
});

describe("summarize with 特定財源 it cannot vouch for: the full path reports it, issue for issue", () => {
  const base = fixture("own-burden-coordinators");
  const withFunding = (specificRevenue: unknown) => ({
    ...base,
    coordinators: [{ ...base.coordinators[0], specificRevenue }],
  });

  it.each([
    [{ prefectural: "6000001" }, "specific_revenue_exceeds_amount"],
    [{ prefectural: "-1" }, "invalid_amount"],
    [{ grant: "1" }, "unknown_key"],
    [["1"], "invalid_type"],
  ])("%j on a coordinator → %s", (value, code) => {
    const input = withFunding(value);
    const full = safeCalculate(input);
    expect(full.ok ? [] : full.error.issues.map((i) => i.code)).toEqual([code]);
    expect(() => summarize(input)).toThrow();
  });

  it("a subsidy of 20 digits leaves the fast path and still equals calculate", () => {
    const input = {
      ...base,
      coordinators: [{ ...base.coordinators[0], cost: "99999999999999999999", specificRevenue: { other: "1" } }],
    };
    const calc: Calculation = calculate(input);
    expect(summarize(input).lines).toEqual(calc.lines);
  });
});

describe("alsoClaimedUnder's Japanese names", () => {
  const issuesOf = (ids: unknown) => {
    const r = safeCalculate({
      fiscalYear: 2025,
      body: { code: "012025" },
      projects: [
        {
          id: "P1",
          primaryPurpose: "dual-residence",
          expenses: [{ id: "E1", item: "opportunity.fan-club", amount: "1", alsoClaimedUnder: ids }],
        },
      ],
    });
    return r.ok ? [] : r.error.issues.map((i) => i.message);
  };

  it("an empty or unrelated word gets no suggestion; 'other' is never suggested for a Japanese name", () => {
    expect(issuesOf([" "])[0]).not.toContain("did you mean");
    expect(issuesOf(["その他の算定事項"])[0]).not.toContain("did you mean");
    expect(issuesOf([1])[0]).toContain("unknown measure number 1");
  });

  it("a description of white space does not name the other measure", () => {
    const r = safeCalculate({
      fiscalYear: 2025,
      body: { code: "012025" },
      projects: [
        {
          id: "P1",
          primaryPurpose: "dual-residence",
          expenses: [
            { id: "E1", item: "opportunity.fan-club", amount: "1", alsoClaimedUnder: ["other"], description: "  " },
          ],
        },
      ],
    });
    // Blank text is no description at all (invalid_value), and names no measure (missing_fact).
    expect(r.ok ? [] : r.error.issues.map((i) => i.code)).toEqual(["invalid_value", "missing_fact"]);
  });
});

describe("a version 2 file read back", () => {
  it("keeps the ledger's words of version 2", () => {
    const file = JSON.parse(
      readFileSync(new URL("../trace/version-2/caps-full-time.calculation.json", import.meta.url), "utf8"),
    ) as Calculation;
    const ledger = (file.trace.steps as unknown as WordedStep[]).find((s) => s.id === "ledger");
    expect(ledger?.note.en).toMatch(/^All \d+ lines: ¥[\d,]+ in = ¥[\d,]+ eligible \+ ¥[\d,]+ excluded\.$/);
    expect(verify(file).ok).toBe(true);
  });
});

describe("the renderers read a version 2 file (no own-burden fields): 特定財源 0, 一般財源等 the amount", () => {
  const file = JSON.parse(
    readFileSync(new URL("../trace/version-2/fn5-migration-routing.calculation.json", import.meta.url), "utf8"),
  ) as Calculation;

  it.each(["markdown", "text", "html", "csv"] as const)("as %s, in both languages", (format) => {
    for (const lang of ["ja", "en"] as const) {
      const text = renderTrace(file, { format, lang });
      expect(text.length).toBeGreaterThan(500);
    }
    const csv = renderTrace(file, { format: "csv", lang: "en" }).split("\r\n");
    // amount, specific revenue, own burden of the first line: the own burden is the whole amount.
    const [amount, specific, own] = (csv[1] ?? "").split(",").slice(10, 13);
    expect([specific, own]).toEqual(["0", amount]);
  });
});

describe("summarize of a subsidised coordinator sent to the migration measure", () => {
  it("equals calculate: its own burden counts there, within that measure's cap", () => {
    const input = {
      fiscalYear: 2025,
      body: { code: "012025" },
      coordinators: [
        {
          id: "M1",
          person: "M",
          post: "full-time",
          cost: "6000000",
          specificRevenue: { prefectural: "2000000" },
          primaryPurpose: "migration",
          activities: ["planning"],
        },
      ],
    };
    const calc = calculate(input);
    // 6,000,000 − 2,000,000 = 4,000,000 ≤ 5,000,000 (the gross reading: 5,000,000 − 2,000,000 = 3,000,000: review).
    expect(calc.allocation.migration.coordinatorsYen).toBe("4000000");
    expect(calc.lines[0]?.needsReview).toEqual(["migration-measure", "cap-basis"]);
    expect(summarize(input)).toMatchObject({ allocation: calc.allocation, lines: calc.lines, caveats: calc.caveats });
  });
});

describe("the double-claim unit read back from an edited step", () => {
  it("names an id it does not know as written, and an empty list as none", () => {
    const rule = fy2025.rules["double-claim"];
    const step = wordSteps(calculate(fixture("own-burden-exclusions"))).find((s) => s.id === "line/E2/double-claim");
    const edited = { ...(step as WordedStep), inputs: { alsoClaimedUnder: "bogus" } };
    expect(rule.whyNot?.(edited, "expense E2").failed[0]?.label.en).toBe("also claimed under bogus");
    const blank = { ...(step as WordedStep), inputs: {} };
    expect(rule.whyNot?.(blank, "expense E2").failed[0]?.value).toBe("");
  });
});
