import { describe, expect, it } from "vitest";
import { addSafe, safeYen } from "../../src/money/safe-yen.js";

describe("safeYen: canonical yen of at most 15 digits as a number, else -1", () => {
  it.each([
    ["0", 0],
    ["7", 7],
    ["10", 10],
    ["1200000", 1_200_000],
    ["999999999999999", 999_999_999_999_999],
  ])("%s → %i", (text, value) => {
    expect(safeYen(text)).toBe(value);
  });

  it.each([
    ["", "empty"],
    ["1000000000000000", "16 digits"],
    ["01", "a leading zero"],
    ["00", "a leading zero"],
    ["1.5", "a point"],
    ["-1", "a sign"],
    ["1,000", "a separator"],
    ["12a", "a letter"],
    ["/", "the character before 0"],
    [":", "the character after 9"],
    ["１", "a full-width digit"],
  ])("%j → -1 (%s)", (text) => {
    expect(safeYen(text)).toBe(-1);
  });
});

describe("addSafe: a + b while both are safe yen and the sum stays exact, else -1", () => {
  it.each([
    [0, 0, 0],
    [1, 2, 3],
    [5, 0, 5],
    [0, 5, 5],
    [Number.MAX_SAFE_INTEGER - 1, 1, Number.MAX_SAFE_INTEGER],
    [Number.MAX_SAFE_INTEGER, 1, -1],
    [-1, 5, -1],
    [5, -1, -1],
    [-1, -1, -1],
  ])("addSafe(%d, %d) = %d", (a, b, sum) => {
    expect(addSafe(a, b)).toBe(sum);
  });
});
