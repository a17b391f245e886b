import { describe, expect, it } from "vitest";
import { readNonNegativeDecimal } from "../../src/money/decimal-input.js";

describe("readNonNegativeDecimal messages", () => {
  it("clips a long value to 20 characters", () => {
    const full = "０".repeat(30);
    expect(readNonNegativeDecimal(full, "fci")).toEqual({
      ok: false,
      message: `fci "${"０".repeat(20)}" has full-width characters; write half-width, e.g. "0.45"`,
    });
  });
});
