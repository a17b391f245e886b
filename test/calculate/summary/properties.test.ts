import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { application, copy, type Input } from "../../properties/arbitraries.js";
import { runs } from "../../properties/runs.js";
import { readSummary } from "../../../src/calculate/summary/read-application.js";
import { mutate, mutation } from "./mutate.js";
import { bothWays } from "./project.js";

/** True when no amount of the application has more than 15 digits (grouping commas aside). */
const fitsFastPath = (app: Input): boolean => !/[0-9]{16}/.test(JSON.stringify(app).replace(/,(?=[0-9]{3})/g, ""));

describe("summarize equals calculate (properties)", () => {
  it("on valid applications: the same allocation, correction, lines and caveats", () => {
    fc.assert(
      fc.property(application(), (app) => {
        const { summary, calculation } = bothWays(app);
        expect((calculation as { ok: boolean }).ok).toBe(true);
        expect(summary).toEqual(calculation);
      }),
      runs(200),
    );
  });

  it("the fast reader itself takes every valid application whose amounts have at most 15 digits", () => {
    fc.assert(
      fc.property(application().filter(fitsFastPath), (app) => {
        expect(readSummary(app, undefined)).not.toBeNull();
      }),
      runs(200),
    );
  });

  it("on their canonical form too", () => {
    fc.assert(
      fc.property(application(), (app) => {
        const canonical = JSON.parse(JSON.stringify(app));
        const { summary, calculation } = bothWays(canonical);
        expect(summary).toEqual(calculation);
      }),
      runs(50),
    );
  });

  it("on changed applications: the same result, or the same InputError issue for issue", () => {
    fc.assert(
      fc.property(
        application({ maxProjects: 3, maxExpenses: 4, maxCoordinators: 4 }),
        fc.array(mutation, { minLength: 1, maxLength: 3 }),
        (app, mutations) => {
          const changed = mutations.reduce((a, m) => mutate(a, m), copy(app));
          const { summary, calculation } = bothWays(changed);
          expect(summary).toEqual(calculation);
        },
      ),
      runs(400),
    );
  });
});
