import { describe, expect, it } from "vitest";
import { calculate, wordSteps, type Calculation } from "../../src/index.js";
import { loadFixtures } from "../fixtures-replay/load-fixtures.js";
import { readmeApplication } from "../support.js";

/*
 * wordSteps reads files as well as fresh calculations: an edited file (a step's figures removed, a rule no
 * release knows, a ruleset of the caller's own) is worded as far as it can be, never with an exception,
 * so that the 計算書 of a file verify refuses can still be read.
 */

const fixtures = loadFixtures().filter((f) =>
  [
    "fci-from-three-years",
    "registry-code-only",
    "furusato-resident-track",
    "own-burden-coordinators",
    "fn5-migration-routing",
  ].includes(f.id),
);
const copy = (calc: Calculation): any => JSON.parse(JSON.stringify(calc));

describe("wordSteps on edited files", () => {
  it.each(fixtures.map((f) => [f.id, f.input] as const))(
    "%s: every step with its figures removed still gets words in both languages",
    (_id, input) => {
      const calc = calculate(input);
      const edited = copy(calc);
      for (const step of edited.trace.steps) {
        step.inputs = {};
        step.output = {};
      }
      edited.lines = [];
      const steps = wordSteps(edited);
      expect(steps.length).toBeGreaterThan(0);
      for (const step of steps) {
        expect(typeof step.note.ja).toBe("string");
        expect(typeof step.note.en).toBe("string");
      }
    },
  );

  it("a rule no release knows has no words; its source key no text but the key", () => {
    const edited = copy(calculate(readmeApplication()));
    edited.trace.steps[0].rule = "made-up";
    edited.trace.steps[0].cite = "s99";
    const [first] = wordSteps(edited);
    expect([first?.note, first?.cite]).toEqual([{ ja: "", en: "" }, "s99"]);
  });

  it("a ruleset of the caller's own, not given: the built-in one of the latest year before it words the steps", () => {
    const edited = copy(calculate(readmeApplication()));
    edited.trace.rulesetId = "FY2031-local";
    edited.fiscalYear = 2031;
    expect(wordSteps(edited)).toEqual(wordSteps(calculate(readmeApplication())));
    edited.fiscalYear = 1999;
    expect(wordSteps(edited).length).toBeGreaterThan(0);
  });

  it("a flagged step whose review is gone from review[] keeps its code, with no words", () => {
    const app = readmeApplication();
    app.projects[0].primaryPurpose = "migration";
    const edited = copy(calculate(app));
    edited.review = [];
    const flagged = wordSteps(edited).find((s) => s.needsReview);
    expect(flagged?.needsReview).toEqual({ code: "migration-measure", note: { ja: "", en: "" } });
  });
});
