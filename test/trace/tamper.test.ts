import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { calculate, calculationDigests, getRuleset, verify, type Mismatch, type Ruleset } from "../../src/index.js";
import { canonicalDigest, resultPart } from "../../src/calculate/digests.js";

// The README's example at full size: expenses excluded by ※1 and ※3, a capped coordinator, a ※5 project.
const application: unknown = JSON.parse(
  readFileSync(new URL("../../examples/kesennuma-application.json", import.meta.url), "utf8"),
);
const original = calculate(application);
const copy = (): any => JSON.parse(JSON.stringify(original));
const paths = (ms: readonly Mismatch[]) => ms.map((m) => m.path);
const resultEdited = expect.objectContaining({
  path: "trace.digests.result",
  reason: expect.stringContaining("edited after it was digested"),
});

/** Every string leaf that is a plain decimal number, with its path and the step verify should name. */
function numberLeaves(
  value: unknown,
  path: string,
  out: { path: string; set: (v: string) => void; value: string }[],
  parent?: any,
  key?: string | number,
): void {
  if (typeof value === "string" && /^\d+(\.\d+)?$/.test(value) && parent !== undefined && key !== undefined) {
    out.push({
      path,
      value,
      set: (v) => {
        parent[key] = v;
      },
    });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => {
      numberLeaves(item, `${path}[${i}]`, out, value, i);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) numberLeaves(v, path ? `${path}.${k}` : k, out, value, k);
  }
}

/** The step a path's value comes from: the step itself, a line's disposition step, or the computing step. */
function expectedStep(path: string, calc: any): string | undefined {
  const step = /^trace\.steps\[(\d+)\]/.exec(path);
  if (step) return calc.trace.steps[Number(step[1])].id;
  const line = /^lines\[(\d+)\]/.exec(path);
  if (line) return `line/${calc.lines[Number(line[1])].id}`;
  return undefined;
}

describe("verify finds every kind of edit and names where it is", () => {
  it("the untouched file passes", () => {
    expect(verify(copy())).toEqual({ ok: true, mismatches: [] });
  });

  it("any number in the result: each one edited in turn is found at its path, with its step", () => {
    const all: { path: string; value: string }[] = [];
    numberLeaves(resultPart(copy()), "", all as any);
    const leaves = all.filter((l) => l.path !== "trace.schemaVersion"); // a version is refused, tested below
    expect(leaves.length).toBeGreaterThan(100);
    for (const { path, value } of leaves) {
      const edited = copy();
      const target: any[] = [];
      numberLeaves(edited, "", target);
      const leaf = target.find((l) => l.path === path);
      leaf.set(value === "0" ? "1" : `${value}1`);
      const result = verify(edited);
      const hit = result.mismatches.find((m) => m.path === path);
      expect(hit, path).toBeDefined();
      const step = expectedStep(path, edited);
      if (step) expect(hit?.stepId, path).toBe(step);
      expect(result.mismatches.at(-1), path).toEqual(resultEdited);
    }
  });

  it("an allocation figure names the step that computes it", () => {
    const edited = copy();
    edited.allocation.migration.costsYen = "450001";
    edited.fiscalCorrection.coefficient = "0.99";
    expect(verify(edited).mismatches).toEqual([
      { path: "fiscalCorrection.coefficient", stepId: "body/fiscal-correction", expected: '"1.00"', actual: '"0.99"' },
      {
        path: "allocation.migration.costsYen",
        stepId: "migration/measure-rate",
        expected: '"450000"',
        actual: '"450001"',
      },
      resultEdited,
    ]);
  });

  it("any disposition, in a line or in its step", () => {
    original.lines.forEach((line, i) => {
      for (const other of ["eligible", "excluded", "capped"].filter((d) => d !== line.disposition)) {
        const edited = copy();
        edited.lines[i].disposition = other;
        expect(verify(edited).mismatches[0]).toEqual({
          path: `lines[${i}].disposition`,
          stepId: `line/${line.id}`,
          expected: JSON.stringify(line.disposition),
          actual: JSON.stringify(other),
        });
      }
    });
    const edited = copy();
    const at = edited.trace.steps.findIndex((s: any) => s.id === "line/E3");
    edited.trace.steps[at].output.disposition = "eligible";
    expect(verify(edited).mismatches[0]).toMatchObject({
      path: `trace.steps[${at}].output.disposition`,
      stepId: "line/E3",
    });
  });

  it("a removed line, each in turn, is named by its id", () => {
    original.lines.forEach((line, i) => {
      const edited = copy();
      edited.lines.splice(i, 1);
      const result = verify(edited);
      expect(result.mismatches[0]).toMatchObject({
        path: `lines[${i}]`,
        stepId: `line/${line.id}`,
        reason: `line ${line.id} is missing`,
      });
      expect(result.mismatches).toContainEqual(resultEdited);
    });
  });

  it("a removed step, an added line, a duplicated line and reordered lines", () => {
    const noStep = copy();
    const at = noStep.trace.steps.findIndex((s: any) => s.id === "line/E5/fn3");
    noStep.trace.steps.splice(at, 1);
    expect(verify(noStep).mismatches[0]).toMatchObject({
      path: `trace.steps[${at}]`,
      stepId: "line/E5/fn3",
      reason: "step line/E5/fn3 is missing",
    });

    const added = copy();
    added.lines.push({ ...added.lines[0], id: "E9" });
    expect(verify(added).mismatches[0]).toMatchObject({
      path: `lines[${original.lines.length}]`,
      reason: "line E9 is not in the replay",
    });

    const twice = copy();
    twice.lines.push(twice.lines[0]);
    expect(verify(twice).mismatches[0]).toMatchObject({
      path: `lines[${original.lines.length}]`,
      reason: "line E1 appears twice",
    });

    const swapped = copy();
    [swapped.lines[0], swapped.lines[1]] = [swapped.lines[1], swapped.lines[0]];
    expect(verify(swapped).mismatches).toContainEqual(
      expect.objectContaining({ path: "lines", reason: "the lines are in another order" }),
    );
  });

  it("edited text (a note, a citation, a caveat) is found too", () => {
    const edited = copy();
    edited.trace.steps[1].cite = "seed (made up)";
    edited.caveats[0].ja = "なし";
    expect(paths(verify(edited).mismatches)).toEqual(["caveats[0].ja", "trace.steps[1].cite", "trace.digests.result"]);
  });

  it("an edited input: the results it no longer matches, and the input digest", () => {
    const edited = copy();
    edited.trace.input.projects[0].expenses[1].amount = "1200001";
    const result = verify(edited);
    expect(paths(result.mismatches)).toEqual(
      expect.arrayContaining(["lines[1].amountYen", "allocation.totalYen", "trace.digests.input"]),
    );
    expect(result.mismatches.find((m) => m.path === "trace.digests.input")?.reason).toContain(
      "trace.input was edited after it was digested",
    );
  });

  it("an edited digest alone", () => {
    const edited = copy();
    edited.trace.digests.input = "0".repeat(64);
    expect(verify(edited).mismatches).toEqual([
      {
        path: "trace.digests.input",
        expected: JSON.stringify(original.trace.digests.input),
        actual: JSON.stringify("0".repeat(64)),
        reason: expect.stringContaining("edited after it was digested"),
      },
    ]);
  });

  it("an edit whose digest was recomputed is still found, and the digest named as not the replay's", () => {
    const edited = copy();
    edited.allocation.totalThousandYen = "99999";
    edited.trace.digests.result = canonicalDigest(resultPart(edited));
    const result = verify(edited);
    expect(result.mismatches[0]).toMatchObject({
      path: "allocation.totalThousandYen",
      stepId: "dual-residence/rounding",
    });
    expect(result.mismatches[1]).toMatchObject({
      path: "trace.digests.result",
      reason: expect.stringContaining("not the replay's"),
    });
  });

  it("a calculation made with another ruleset of the same id: the ruleset digest says so; passing that ruleset verifies it", () => {
    const fy2025 = getRuleset(2025);
    const lowerCap: Ruleset = {
      ...fy2025,
      coordinator: {
        ...fy2025.coordinator,
        capFullTimeYen: { ...fy2025.coordinator.capFullTimeYen, value: "4000000" },
      },
    };
    const other = JSON.parse(JSON.stringify(calculate(application, { ruleset: lowerCap })));
    const result = verify(other);
    expect(result.mismatches.find((m) => m.path === "trace.digests.ruleset")?.reason).toContain(
      "another ruleset than the FY2025 replayed here",
    );
    expect(paths(result.mismatches)).toContain("allocation.coordinatorsYen");
    expect(verify(other, { ruleset: lowerCap })).toEqual({ ok: true, mismatches: [] });
    expect(other.trace.digests.ruleset).toBe(calculationDigests(other, lowerCap).ruleset);
  });

  it("values JSON cannot hold, and a missing digest block, are reported rather than thrown", () => {
    const nan = copy();
    nan.caveats.push(Number.NaN);
    expect(verify(nan).ok).toBe(false);
    const none = copy();
    delete none.trace.digests;
    expect(verify(none).mismatches).toEqual([
      { path: "trace.digests", expected: JSON.stringify(original.trace.digests), reason: "the digests are missing" },
    ]);
  });

  it("refuses other format versions with a clear message", () => {
    const v1 = copy();
    v1.trace.schemaVersion = "1";
    expect(verify(v1).mismatches).toEqual([
      {
        path: "trace.schemaVersion",
        expected:
          'schemaVersion "4" or "3" or "2": this library cannot replay version "1" (version "1" predates digests: recalculate it from its trace.input with this release)',
      },
    ]);
  });
});
