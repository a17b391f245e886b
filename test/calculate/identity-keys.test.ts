import { describe, expect, it } from "vitest";
import { calculate, summarize } from "../../src/index.js";
import { identityKey, nearDuplicates } from "../../src/text/identity-key.js";

/* One person cannot become two: records are grouped by the person's key (NFKC, white space trimmed and
   collapsed), the trace shows the key as written and as grouped, and keys that differ only in letter case
   or kana are flagged on both records. */

const coordinator = (id: string, person: string, post = "concurrent", cost = "300000") => ({
  id,
  person,
  post,
  cost,
  primaryPurpose: "dual-residence",
  activities: ["planning"],
});
const application = (coordinators: unknown[]) => ({
  fiscalYear: 2025,
  body: { code: "042056", kind: "municipality", fiscalCapabilityIndex: "0.45" },
  coordinators,
});

describe("identity keys", () => {
  it.each([
    ["A", "A"],
    ["A ", "A"],
    ["\u3000A\u3000", "A"],
    ["Ａ", "A"],
    ["山田  太郎", "山田 太郎"],
    ["山田\u3000太郎", "山田 太郎"],
    ["ﾔﾏﾀﾞ", "ヤマダ"],
  ])("%j is grouped as %j", (written, key) => {
    expect(identityKey(written)).toBe(key);
  });

  it('"A" and "A " are one person: two concurrent ¥300,000 records count ¥400,000, not ¥600,000', () => {
    const calc = calculate(application([coordinator("C1", "A"), coordinator("C2", "A ")]));
    expect(calc.allocation.coordinatorsYen).toBe("400000");
    const cap = calc.trace.steps.find((s) => s.rule === "coordinator-cap");
    expect([cap?.id, cap?.inputs["C2.person"], cap?.inputs["C1.person"]]).toEqual([
      "person/dual-residence/A/coordinator-cap",
      "A ",
      undefined,
    ]);
    expect(summarize(application([coordinator("C1", "A"), coordinator("C2", "A ")])).allocation).toEqual(
      calc.allocation,
    );
  });

  it("keys that differ only in letter case or kana are kept apart and flagged on both records", () => {
    const app = application([
      coordinator("C1", "Yamada"),
      coordinator("C2", "yamada"),
      coordinator("C3", "やまだ"),
      coordinator("C4", "ヤマダ"),
      coordinator("C5", "B"),
    ]);
    const calc = calculate(app);
    expect(calc.lines.map((l) => [l.id, l.needsReview])).toEqual([
      ["C1", ["similar-persons"]],
      ["C2", ["similar-persons"]],
      ["C3", ["similar-persons"]],
      ["C4", ["similar-persons"]],
      ["C5", []],
    ]);
    expect(calc.review.find((r) => r.stepId === "line/C3")?.note.en).toBe(
      "C3's person differs from C4's only in letter case or kana; if they are one person their costs share one cap (computed as different persons): needs review.",
    );
    expect(summarize(app).lines).toEqual(calc.lines);
  });

  it("records of one key are not near-duplicates of each other", () => {
    expect([
      ...nearDuplicates([
        { id: "C1", key: "A" },
        { id: "C2", key: "A" },
        { id: "C3", key: "a" },
      ]),
    ]).toEqual([
      ["C1", ["C3"]],
      ["C2", ["C3"]],
      ["C3", ["C1", "C2"]],
    ]);
  });
});
