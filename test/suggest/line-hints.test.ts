import { describe, expect, it } from "vitest";
import { InputError, lineHints, suggestItems } from "../../src/index.js";

/* A line no item is found for still says what its words bear on: the warning an app shows anyway. */

describe("lineHints", () => {
  it("gives the ※3 warning for a cash handout the lexicon names no item for", () => {
    expect(suggestItems("二地域居住 交通費補助")).toEqual([]);
    expect(lineHints("二地域居住 交通費補助").map((h) => [h.word, h.rule, h.footnote])).toEqual([
      ["交通費", "fn3", "※3"],
    ]);
  });

  it("gives every rule a word may bear on when no item says which: 地方債 on ※2, ※1 or 特定財源", () => {
    expect(lineHints("地方債").map((h) => h.footnote)).toEqual(["※2", "※1", "特定財源"]);
    expect(lineHints("新築").map((h) => h.footnote)).toEqual(["※2"]);
    expect(lineHints("移住相談会").map((h) => h.footnote)).toEqual(["※5"]);
  });

  it("says nothing of a line unrelated to the measure", () => {
    expect(lineHints("消防ポンプ自動車購入費")).toEqual([]);
  });

  it("refuses what is not one budget line", () => {
    expect(() => lineHints(3 as unknown as string)).toThrow(InputError);
    expect(() => lineHints("あ".repeat(10_001))).toThrow(/at most 10000 characters/);
  });
});
