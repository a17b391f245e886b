import { describe, expect, it } from "vitest";
import { MULTILINE_TEXT, PLAIN_TEXT, refusedCharacter, refusedTextMessage } from "../src/text/policy.js";

describe("the text policy's patterns and messages", () => {
  it("accepts text a name may hold, and a description's tabs and line breaks", () => {
    expect(["気仙沼市", "𠮷野町", "A B", ""].every((t) => PLAIN_TEXT.test(t))).toBe(true);
    expect(PLAIN_TEXT.test("a\tb")).toBe(false);
    expect(MULTILINE_TEXT.test("会場費\r\n（2回分）\t精算")).toBe(true);
    expect(MULTILINE_TEXT.test("a\u000bb")).toBe(false);
  });

  it("names the first refused character and its position, or nothing", () => {
    expect(refusedCharacter("ab\u007fc", false)).toBe("a control character (U+007F) at position 3");
    expect(refusedCharacter("a\ud800", false)).toBe("a lone surrogate (U+D800) at position 2");
    expect(refusedCharacter("a\tb\u001b", true)).toBe("a control character (U+001B) at position 4");
    expect(refusedCharacter("気仙沼市", false)).toBeNull();
  });

  it("words the message even for a value that is not text", () => {
    expect(refusedTextMessage("name", 42, false)).toBe(
      "name holds a character it may not hold: remove it; it cannot be written faithfully to JSON, a terminal or a report",
    );
    expect(refusedTextMessage("description", "a\u0000", true)).toContain("(tabs and line breaks are kept)");
  });
});

describe("bidirectional controls", () => {
  it("are refused in names (they reorder what a reader sees), and named", () => {
    expect(PLAIN_TEXT.test("気仙沼\u202e市")).toBe(false);
    expect(MULTILINE_TEXT.test("会場費\u2067")).toBe(false);
    expect(refusedCharacter("気仙沼\u202e市", false)).toBe("a bidirectional control character (U+202E) at position 4");
    expect(PLAIN_TEXT.test("アラビア語 العربية")).toBe(true);
  });
});
