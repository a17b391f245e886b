import { describe, expect, it } from "vitest";
import { classifyExpense, InputError, safeCalculate } from "../../src/index.js";
import { closest, editDistance } from "../../src/text/closest.js";
import { validApplication } from "../support.js";

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.issues.map((i) => [i.path, i.code, i.message]);
  }
  return [];
};

describe("messages for a missing or misspelt id", () => {
  it("a missing item is required, not unknown", () => {
    expect(issuesOf(() => classifyExpense({ id: "E1", amount: "1" }))).toEqual([
      ["$.item", "required", 'required: give item, an id of the catalog (e.g. "information.consultation-events")'],
    ]);
  });

  it("an item one letter off gets a suggestion; a wild one does not", () => {
    const [near] = issuesOf(() => classifyExpense({ id: "E1", item: "information.consultation-event", amount: "1" }));
    expect(near?.[2]).toContain('did you mean "information.consultation-events"?');
    const [wild] = issuesOf(() => classifyExpense({ id: "E1", item: "fire-engine", amount: "1" }));
    expect(wild?.[2]).not.toContain("did you mean");
  });

  it("an activity one letter off gets a suggestion", () => {
    const app = validApplication();
    app.coordinators[0].activities = ["planing"];
    const result = safeCalculate(app);
    expect(result.ok ? "" : result.error.issues[0]?.message).toContain('did you mean "planning"?');
  });

  it("edit distance and the nearest word", () => {
    expect([editDistance("", "ab"), editDistance("kitten", "sitting"), editDistance("a", "a")]).toEqual([2, 3, 0]);
    expect(closest("planing", ["planning", "other"])).toBe("planning");
    expect(closest("xyz", ["planning"])).toBeUndefined();
  });
});
