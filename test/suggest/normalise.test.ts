import { describe, expect, it } from "vitest";
import { normaliseText } from "../../src/suggest/normalise.js";
import { spansOf, within } from "../../src/suggest/match.js";

describe("normaliseText", () => {
  it("folds 全角 and 半角 (NFKC) and letter case", () => {
    expect(normaliseText("ＰＲ動画")).toBe("pr動画");
    expect(normaliseText("ﾌｧﾝｸﾗﾌﾞ")).toBe(normaliseText("ファンクラブ"));
    expect(normaliseText("ＨＰ")).toBe("hp");
  });

  it("folds katakana to hiragana, keeping the long vowel mark", () => {
    expect(normaliseText("ファンクラブ")).toBe("ふぁんくらぶ");
    expect(normaliseText("ツアー")).toBe("つあー");
    expect(normaliseText("ふぁんくらぶ")).toBe(normaliseText("ファンクラブ"));
  });

  it("drops white space (the ideographic space too) and punctuation", () => {
    expect(normaliseText("移住相談会　会場借上料")).toBe("移住相談会会場借上料");
    expect(normaliseText("移住・定住（UIJターン）")).toBe("移住定住uijたーん");
    expect(normaliseText("「お試し住宅」、改修。")).toBe("お試し住宅改修");
    expect(normaliseText(" \t\n ")).toBe("");
  });

  it("keeps one space between two ASCII words, so that they do not run together", () => {
    expect(normaliseText("SNS PR")).toBe("sns pr");
    expect(normaliseText("SNS・PR動画")).toBe("sns pr動画");
    expect(normaliseText("web サイト")).toBe("webさいと");
  });
});

describe("spansOf", () => {
  it("finds every place of a word", () => {
    expect(spansOf("相談会と相談会", "相談会")).toEqual([
      { start: 0, end: 3 },
      { start: 4, end: 7 },
    ]);
    expect(spansOf("相談会", "窓口")).toEqual([]);
    expect(spansOf("相談会", "")).toEqual([]);
  });

  it("does not find an ASCII word inside a longer one", () => {
    expect(spansOf("prefecture", "pr")).toEqual([]);
    expect(spansOf("10cm", "cm")).toEqual([]);
    expect(spansOf("cms", "cm")).toEqual([]);
    expect(spansOf("pr動画", "pr")).toEqual([{ start: 0, end: 2 }]);
    expect(spansOf("ラジオcm放送", "cm")).toEqual([{ start: 3, end: 5 }]);
  });

  it("within: every span inside one of the others", () => {
    expect(within([{ start: 1, end: 2 }], [{ start: 0, end: 3 }])).toBe(true);
    expect(within([{ start: 1, end: 4 }], [{ start: 0, end: 3 }])).toBe(false);
    expect(within([{ start: 0, end: 3 }], [{ start: 0, end: 3 }])).toBe(true);
  });
});
