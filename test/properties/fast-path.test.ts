import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validatedApplication } from "../../src/calculate/validated-input.js";
import { parseApplication } from "../../src/schema/parse-application.js";
import { application } from "./arbitraries.js";
import { PROPERTY_TIMEOUT, runs } from "./runs.js";

describe("the fast reader agrees with the full validator", PROPERTY_TIMEOUT, () => {
  it("on every generated valid application: both accept, with the same canonical application and ruleset", () => {
    fc.assert(
      fc.property(application(), (input) => {
        const fast = validatedApplication(input);
        const full = parseApplication(input);
        expect(fast.ok && full.ok).toBe(true);
        if (fast.ok && full.ok) {
          expect(JSON.stringify(fast.application)).toBe(JSON.stringify(full.application));
          expect(fast.ruleset).toBe(full.ruleset);
        }
      }),
      runs(),
    );
  });
});
