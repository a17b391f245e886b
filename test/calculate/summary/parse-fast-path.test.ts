import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatedApplication } from "../../../src/calculate/validated-input.js";
import { parseApplication } from "../../../src/schema/parse-application.js";
import { readPlainly } from "../../../src/calculate/summary/plainly-valid.js";
import { loadFixtures } from "../../fixtures-replay/load-fixtures.js";
import { application, copy } from "../../properties/arbitraries.js";
import { runs } from "../../properties/runs.js";
import { validApplication } from "../../support.js";
import { HOSTILE } from "./hostile.js";
import { mutate, mutation } from "./mutate.js";

/*
 * validatedApplication skips the full validator for input summarize's reader vouches for. Here the two are
 * held to the same result on every input: the same canonical application and ruleset, or the same
 * InputError issue for issue. (calculate and summarize both go through the reader, so comparing them
 * with each other would not catch a reader that accepts too much; this compares it with zod.)
 */
function same(input: unknown): void {
  const fast = validatedApplication(input);
  const full = parseApplication(input);
  if (full.ok) expect(fast).toEqual(full);
  else {
    expect(fast.ok).toBe(false);
    if (!fast.ok) expect(fast.error.issues).toEqual(full.error.issues);
  }
}

describe("validatedApplication's fast path gives what the full validator gives", () => {
  it("on every fixture, and takes the fast path for those that state their body whole", () => {
    for (const fixture of loadFixtures()) {
      same(fixture.input);
      // A body given by its code alone is read through the registry: the full path, by design.
      const whole = (fixture.input as { body: { kind?: unknown } }).body.kind !== undefined;
      expect(readPlainly(fixture.input, undefined) === null, fixture.id).toBe(!whole);
    }
  });

  it("on valid applications", () => {
    fc.assert(
      fc.property(application(), (app) => {
        same(app);
      }),
      runs(200),
    );
  });

  it("on changed applications: never accepts what the full validator refuses", () => {
    fc.assert(
      fc.property(
        application({ maxProjects: 3, maxExpenses: 4, maxCoordinators: 4 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (app, mutations) => {
          const changed = mutations.reduce((a, m) => mutate(a, m), copy(app));
          if (readPlainly(changed, undefined) !== null) expect(parseApplication(changed).ok).toBe(true);
          same(changed);
        },
      ),
      runs(500),
    );
  });

  for (const [name, make] of HOSTILE) {
    it(`on ${name}`, () => {
      const input = make();
      let full: unknown;
      try {
        full = parseApplication(input);
      } catch (error) {
        full = error;
      }
      if (full instanceof Error) expect(() => validatedApplication(input)).toThrow(full.message);
      else same(input);
    });
  }

  it("does not hand the caller's arrays to the canonical application", () => {
    const app = validApplication();
    const parsed = validatedApplication(app);
    expect(parsed.ok && parsed.application.coordinators[0]?.activities).not.toBe(app.coordinators[0].activities);
    expect(parsed.ok && parsed.application.coordinators[0]?.activities).toEqual(app.coordinators[0].activities);
  });
});
