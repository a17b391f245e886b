import { describe, expect, it } from "vitest";
import { safeCalculate } from "../../src/index.js";
import { pathSegments, sortIssues } from "../../src/schema/document-order.js";
import { validApplication } from "../support.js";

describe("issues in document order", () => {
  it("reads a path's segments: keys, indices and quoted keys", () => {
    expect(pathSegments('$.projects[0].expenses[10]["a b"].amount')).toEqual([
      "projects",
      0,
      "expenses",
      10,
      "a b",
      "amount",
    ]);
    expect(pathSegments("$context.primaryPurpose")).toEqual(["$context", "primaryPurpose"]);
    expect(pathSegments("$")).toEqual([]);
  });

  it("item 2 before item 10, a field before the fields inside it, the document's key order", () => {
    const app = validApplication();
    app.projects[0].expenses = Array.from({ length: 11 }, (_, i) => ({
      id: `E${i}`,
      item: "information.consultation-events",
      amount: "1",
    }));
    app.projects[0].expenses[10].amount = "-1";
    app.projects[0].expenses[2].amount = "-1";
    const result = safeCalculate({ coordinators: "x", projects: 5, body: 3, fiscalYear: 2024 });
    expect(result.ok ? [] : result.error.issues.map((i) => i.path)).toEqual([
      "$.coordinators",
      "$.projects",
      "$.body",
      "$.fiscalYear",
    ]);
    const two = safeCalculate(app);
    expect(two.ok ? [] : two.error.issues.map((i) => i.path)).toEqual([
      "$.projects[0].expenses[2].amount",
      "$.projects[0].expenses[10].amount",
    ]);
  });

  it("keys the document lacks come after those it has, by name; paths beside the document last", () => {
    const issue = (path: string) => ({ path, code: "required" as const, message: "" });
    const sorted = sortIssues(
      [issue("$context.x"), issue("$.z"), issue("$.b"), issue("$.a"), issue("$[1]"), issue("$[0]"), issue("$")],
      { b: 1 },
    );
    expect(sorted.map((i) => i.path)).toEqual(["$", "$[0]", "$[1]", "$.b", "$.a", "$.z", "$context.x"]);
  });
});

describe("a value echoed in a message", () => {
  it("quotes the longest catalog id whole, with its did-you-mean", () => {
    const app = validApplication();
    app.projects[0].expenses[0].item = "information.consultation-events ";
    const result = safeCalculate(app);
    expect(result.ok ? "" : result.error.issues[0]?.message).toContain('"information.consultation-events "');
  });
});
