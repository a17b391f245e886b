import ts from "typescript";
import { describe, expect, it } from "vitest";
import { REPO } from "./doc-examples.js";

// Every export of the package has the JSDoc the house rules ask for: a one-line summary, an @example that
// shows real output with `//=>` (doc-examples.test.ts runs them), and a @category from the fixed list.
// typedoc (`npm run docs`, notDocumented, warnings as errors) checks that every member has a comment.
const CATEGORIES = ["Calculation", "Classification", "Audit", "Rules", "Schema", "Errors", "Summary"];

function exportedDocs(): { name: string; summary: string; tags: { name: string; text: string }[]; raw: string }[] {
  const program = ts.createProgram([`${REPO}src/index.ts`], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(`${REPO}src/index.ts`)!)!;
  return checker.getExportsOfModule(moduleSymbol).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return {
      name: exported.name,
      summary: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
      tags: symbol.getJsDocTags(checker).map((t) => ({ name: t.name, text: ts.displayPartsToString(t.text ?? []) })),
      // The comments as written ("@throws {InputError} …" keeps its type only here).
      raw: (symbol.declarations ?? []).flatMap((d) => ts.getJSDocCommentsAndTags(d).map((j) => j.getText())).join("\n"),
    };
  });
}

describe("the API reference", () => {
  const docs = exportedDocs();

  it("covers the public API", () => {
    expect(docs.map((d) => d.name)).toEqual(
      expect.arrayContaining([
        "calculate",
        "safeCalculate",
        "classifyExpense",
        "verify",
        "renderTrace",
        "InputError",
        "catalog",
      ]),
    );
  });

  for (const doc of docs) {
    it(`${doc.name}: summary, @example with //=>, @category`, () => {
      expect(doc.summary, `${doc.name} has no summary`).not.toBe("");
      const categories = doc.tags.filter((t) => t.name === "category").map((t) => t.text.trim());
      expect(categories, `${doc.name}: one @category of ${CATEGORIES.join(", ")}`).toHaveLength(1);
      expect(CATEGORIES).toContain(categories[0]);
      const examples = doc.tags.filter((t) => t.name === "example").map((t) => t.text);
      expect(
        examples.some((e) => e.includes("//=>")),
        `${doc.name} has no @example showing output with //=>`,
      ).toBe(true);
    });
  }

  // The exports that throw: each says so, and what.
  const THROWS: Readonly<Record<string, string>> = {
    calculate: "InputError",
    classifyExpense: "InputError",
    summarize: "InputError",
    getRuleset: "InputError",
    fiscalCorrection: "InputError",
    explainLine: "Error",
    canonicalJson: "TypeError",
    calculationDigests: "TypeError",
  };
  for (const [name, error] of Object.entries(THROWS)) {
    it(`${name}: @throws ${error}`, () => {
      const doc = docs.find((d) => d.name === name);
      expect(doc, `${name} is exported`).toBeDefined();
      expect(doc?.raw).toMatch(new RegExp(`@throws(?:[^@]|@link)*?\\b${error}\\b`));
    });
  }
});
