import { describe, expect, it } from "vitest";
import { fy2025 } from "../../rulesets/fy2025.js";
import { fn3 } from "./index.js";
import { worded } from "../../../test/support.js";

const context = { sharedWithOtherActivities: false, pillarJa: "受入環境の整備" };

describe("※3 cash handouts", () => {
  it("takes a cash handout out, and passes anything else", () => {
    expect(fn3.decide(true, fy2025, context)).toEqual({
      rule: "fn3",
      outcome: "excluded",
      conditions: [{ fact: "cashHandout", expected: "false", received: "true", passed: false }],
    });
    expect(fn3.decide(false, fy2025, context).outcome).toBe("passes");
  });

  it("its fragment is a yes/no, asked as one question", () => {
    expect(fn3.facts.schema.safeParse("yes").success).toBe(false);
    expect(fn3.facts.questions[0]?.options.map((o) => o.value)).toEqual([true, false]);
  });

  it("words its step in both languages, cited", () => {
    const step = worded(fn3.step("E5", true, fn3.decide(true, fy2025, context), fy2025));
    expect([step.id, step.cite, step.note.ja]).toEqual([
      "line/E5/fn3",
      "seed ※3",
      "二地域居住者等への交通費支援等の現金給付は対象外（※3）。",
    ]);
  });
});
