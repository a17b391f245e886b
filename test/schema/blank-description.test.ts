import { describe, expect, it } from "vitest";
import {
  applicationJsonSchema,
  calculate,
  classifyExpense,
  InputError,
  summarize,
  type InputIssue,
} from "../../src/index.js";
import { validApplication } from "../support.js";

/* Messages for an expense typed by hand: a missing item says so; a blank description is no description. */

const issuesOf = (f: () => unknown): readonly InputIssue[] => {
  try {
    f();
  } catch (error) {
    if (error instanceof InputError) return error.issues;
    throw error;
  }
  return [];
};

const BLANK = "expected a description of what it is (not blank), got";

describe("an expense without item", () => {
  it("is told to give one (not 'unknown item undefined undefined')", () => {
    expect(issuesOf(() => classifyExpense({ id: "E1", amount: 1000 }))).toEqual([
      {
        path: "$.item",
        code: "required",
        message: 'required: give item, an id of the catalog (e.g. "information.consultation-events")',
      },
    ]);
  });
});

describe("a blank description", () => {
  const other = { id: "E9", item: "reception.other", amount: 1000, cashHandout: false };

  // Each blank text and how the message quotes it: invisible characters as escapes, never an empty-looking "".
  it.each([
    ["", '""'],
    [" ", '" "'],
    ["  ", '"  "'],
    ["\u3000", '"\u3000"'],
    ["\t\n", '"\\t\\n"'],
    ["\r\n", '"\\r\\n"'],
    ["\u200b", '"\\u200b"'],
    ["\u200b \ufeff", '"\\u200b \\ufeff"'],
    ["\u3164\u115f\u034f", '"\\u3164\\u115f\\u034f"'],
  ])("is refused on an *.other item: %j, quoted %s", (blank, shown) => {
    expect(issuesOf(() => classifyExpense({ ...other, description: blank }))).toEqual([
      { path: "$.description", code: "invalid_value", message: `${BLANK} ${shown}` },
    ]);
  });

  it("is refused where a description is optional too: it says nothing of what the spending is", () => {
    const events = { id: "E1", item: "information.consultation-events", amount: 1000 };
    expect(issuesOf(() => classifyExpense({ ...events, description: " " }))[0]?.message).toBe(`${BLANK} " "`);
    expect(classifyExpense({ ...events, description: " 相談会 " }).eligibleYen).toBe("1000");
  });

  it("on a coordinator's other activity, calculate and summarize refuse it alike", () => {
    const app = validApplication();
    app.coordinators = [
      {
        id: "C9",
        person: "B",
        post: "concurrent",
        cost: 300000,
        primaryPurpose: "dual-residence",
        activities: ["other"],
        description: "  ",
      },
    ];
    const expected = [{ path: "$.coordinators[0].description", code: "invalid_value", message: `${BLANK} "  "` }];
    expect(issuesOf(() => calculate(app))).toEqual(expected);
    expect(issuesOf(() => summarize(app))).toEqual(expected);
  });

  it("an *.other line in an application: calculate and summarize refuse it alike", () => {
    const app = validApplication();
    (app.projects[0].expenses as unknown[]).push({ ...other, description: "\n" });
    const calculated = issuesOf(() => calculate(app));
    expect(calculated.map((i) => i.message)).toEqual([`${BLANK} "\\n"`]);
    expect(issuesOf(() => summarize(app))).toEqual(calculated);
  });

  it("the published JSON Schema says it: a description holds a character other than white space or a format character", () => {
    const text = JSON.stringify(applicationJsonSchema);
    expect(text).toContain('{"pattern":"[^\\\\s\\\\p{Cf}\\\\p{Default_Ignorable_Code_Point}]"}');
  });
});
