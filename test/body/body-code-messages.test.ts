import { describe, expect, it } from "vitest";
import { bodyCodeProblem } from "../../src/body/body-code.js";

describe("body code problems name the fix", () => {
  it.each(["a042056", "0420561", "04205"])("%j is not six digits (both ends anchored)", (code) => {
    expect(bodyCodeProblem(code)).toEqual({
      code: "invalid_code",
      message: `body code "${code}" must be the 6-digit 全国地方公共団体コード (5 digits and a check digit), e.g. "042056"`,
    });
  });

  it("clips a long code to 20 characters in its message", () => {
    expect(bodyCodeProblem("1".repeat(30))?.message).toBe(
      `body code "${"1".repeat(20)}" must be the 6-digit 全国地方公共団体コード (5 digits and a check digit), e.g. "042056"`,
    );
  });

  it("names the expected check digit and the corrected code", () => {
    expect(bodyCodeProblem("042057")).toEqual({
      code: "bad_check_digit",
      message: "body code 042057 has check digit 7, but 04205 needs 6: did you mean 042056?",
    });
    expect(bodyCodeProblem("130000")).toEqual({
      code: "bad_check_digit",
      message: "body code 130000 has check digit 0, but 13000 needs 1: did you mean 130001?",
    });
  });
});
