import { describe, expect, it } from "vitest";
import { calculate, safeCalculate, summarize } from "../../src/index.js";
import { validApplication } from "../support.js";

/* Text that cannot be written faithfully is refused at its path: a lone surrogate anywhere in a text field,
   a control character in an id, a name or a person. Descriptions keep tabs and line breaks. */

const issuesOf = (input: unknown) => {
  const result = safeCalculate(input);
  return result.ok ? [] : result.error.issues.map((i) => [i.path, i.code]);
};

describe("the text policy", () => {
  const hostile = [
    ["a lone high surrogate", "気仙沼\uD800市"],
    ["a lone low surrogate", "\uDC00気仙沼市"],
    ["ESC", "気仙沼市\u001b[2J"],
    ["NUL", "a\u0000b"],
    ["DEL", "a\u007f"],
    ["C1 (NEL)", "a\u0085"],
    ["a line break", "気仙沼市\n## 算定額"],
  ] as const;

  it.each(hostile)("refuses %s in body.name, a project name, an id and a person, each at its path", (_, text) => {
    const app = validApplication();
    app.body.name = text;
    app.projects[0].name = text;
    app.projects[0].expenses[0].id = `E${text}`;
    app.coordinators[0].person = text;
    expect(issuesOf(app)).toEqual([
      ["$.body.name", "invalid_text"],
      ["$.projects[0].name", "invalid_text"],
      ["$.projects[0].expenses[0].id", "invalid_text"],
      ["$.coordinators[0].person", "invalid_text"],
    ]);
  });

  it("says which character and where, escaped (the message itself holds no control)", () => {
    const app = validApplication();
    app.body.name = "気仙沼\u001b[2J";
    const result = safeCalculate(app);
    const message = result.ok ? "" : (result.error.issues[0]?.message ?? "");
    expect(message).toBe(
      "name holds a control character (U+001B) at position 4: remove it; it cannot be written faithfully to JSON, a terminal or a report",
    );
  });

  it("keeps a description's tabs and line breaks (Excel's Alt+Enter), and refuses its other controls", () => {
    const app = validApplication();
    app.projects[0].expenses.push({
      id: "E9",
      item: "reception.other",
      amount: "1000",
      description: "会場費\n（2回分）\t精算",
      cashHandout: false,
    });
    expect(calculate(app).lines.find((l) => l.id === "E9")?.eligibleYen).toBe("1000");
    app.projects[0].expenses[2]!.description = "会場費\u001b[2J";
    expect(issuesOf(app)).toEqual([["$.projects[0].expenses[2].description", "invalid_text"]]);
  });

  it("keeps a character outside the BMP written as its pair (𠮷)", () => {
    const app = validApplication();
    app.body.name = "𠮷野町";
    expect(calculate(app).body.name).toBe("𠮷野町");
  });

  it("summarize refuses the same input with the same issues", () => {
    const app = validApplication();
    app.coordinators[0].person = "A\u0085";
    expect(() => summarize(app)).toThrow(/person holds a control character \(U\+0085\)/);
  });
});
