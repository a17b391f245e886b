import { describe, expect, it } from "vitest";
import { calculate, verify } from "../../src/index.js";
import { validApplication } from "../support.js";

const original = calculate(validApplication());
const copy = (): any => JSON.parse(JSON.stringify(original));
// Any edit of the result also breaks its recorded SHA-256, reported after the field-level mismatches.
const resultDigest = expect.objectContaining({
  path: "trace.digests.result",
  reason: expect.stringContaining("edited after it was digested"),
});

describe("verify", () => {
  it("accepts an untouched calculation, also after a JSON round trip", () => {
    expect(verify(original)).toEqual({ ok: true, mismatches: [] });
    expect(verify(copy())).toEqual({ ok: true, mismatches: [] });
  });

  it("finds an edited total", () => {
    const edited = copy();
    edited.allocation.totalThousandYen = "9999";
    expect(verify(edited).mismatches).toEqual([
      { path: "allocation.totalThousandYen", stepId: "dual-residence/rounding", expected: '"7100"', actual: '"9999"' },
      resultDigest,
    ]);
  });

  it("finds an edited disposition and names the line", () => {
    const edited = copy();
    edited.lines[2].disposition = "eligible";
    expect(verify(edited).mismatches).toEqual([
      { path: "lines[2].disposition", stepId: "line/C1", expected: '"capped"', actual: '"eligible"' },
      resultDigest,
    ]);
  });

  it("finds an edited number inside a step and names the step", () => {
    const edited = copy();
    const index = edited.trace.steps.findIndex((s: { id: string }) => s.id === "dual-residence/measure-rate");
    edited.trace.steps[index].output.amountYen = "2100001";
    expect(verify(edited).mismatches).toEqual([
      {
        path: `trace.steps[${index}].output.amountYen`,
        stepId: "dual-residence/measure-rate",
        expected: '"2100000"',
        actual: '"2100001"',
      },
      resultDigest,
    ]);
  });

  it("finds a removed line and names it", () => {
    const edited = copy();
    edited.lines.splice(1, 1);
    const result = verify(edited);
    expect(result.ok).toBe(false);
    expect(result.mismatches[0]).toMatchObject({ path: "lines[1]", stepId: "line/E2", reason: "line E2 is missing" });
  });

  it("finds a changed input through the results it no longer matches", () => {
    const edited = copy();
    edited.trace.input.projects[0].expenses[0].amount = "1200001";
    const paths = verify(edited).mismatches.map((m) => m.path);
    expect(paths).toContain("allocation.totalYen");
    expect(paths).toContain("trace.digests.input");
  });

  it("refuses an unknown schema version or ruleset with a clear message", () => {
    const v = copy();
    v.trace.schemaVersion = "99";
    expect(verify(v)).toEqual({
      ok: false,
      mismatches: [{ path: "trace.schemaVersion", expected: expect.stringContaining('cannot replay version "99"') }],
    });
    const r = copy();
    r.trace.rulesetId = "FY1999";
    expect(verify(r).mismatches[0]?.path).toBe("trace.rulesetId");
    expect(verify(null).ok).toBe(false);
    expect(verify({}).ok).toBe(false);
  });
});
