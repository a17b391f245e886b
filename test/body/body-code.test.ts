import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { bodyCodeProblem, checkDigit, kindOfCode } from "../../src/body/body-code.js";

const rows = readFileSync(join(import.meta.dirname, "../../../shared/data/fpi-fy2021.csv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((line) => line.split(","));

describe("全国地方公共団体コード", () => {
  it.each([
    ["04205", 6],
    ["07000", 9],
    ["13000", 1],
  ])("check digit of %s is %i", (five, digit) => {
    expect(checkDigit(five)).toBe(digit);
  });

  it(`every one of the ${rows.length} real codes passes its check digit, and its kind follows from the code`, () => {
    expect(rows.length).toBe(1788);
    for (const [code, , , kind] of rows) {
      expect(bodyCodeProblem(code as string)).toBeNull();
      expect(kindOfCode(code as string)).toBe(kind);
    }
  });

  it("names the right check digit when it is wrong", () => {
    expect(bodyCodeProblem("042057")).toEqual({
      code: "bad_check_digit",
      message: expect.stringContaining("did you mean 042056") as unknown,
    });
  });

  it.each(["42056", "0420560", "04205a", "", "０４２０５６"])("refuses %j as not six digits", (code) => {
    expect(bodyCodeProblem(code)?.code).toBe("invalid_code");
  });
});
