import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { readmeApplication } from "../support.js";

/*
 * Finds the TypeScript examples in README.md, docs/*.md and the JSDoc of src/ that show their output with
 * `//=>`, and turns each into a function that runs it and checks every shown value. The convention:
 *
 *   calc.allocation.totalThousandYen;  //=> "5600"  (anything after the value is commentary)
 *   fiscalCorrection("0.52158", "prefecture");
 *   //=> { index: "0.52", coefficient: "0.95" }       (on its own line: the statement just above)
 *
 * The value is a JS literal: a string, number, true/false/null/undefined, or an object/array literal
 * (which may go on over the following `//` lines). In a shown string, "…" stands for any text (a digest,
 * a long note); `{ … }` stands for any object and `[ … ]` for any array. Imports from "dual-residence-allocation" are bound to the library's source; an example
 * without such an import sees every export. As the API reference's front page says, an example that uses
 * `application` or `calc` without declaring them gets the README's 気仙沼市 application and
 * `calculate(application)` (a JSON copy, so the example may edit it).
 */

/** The README's application: what `application` means in the API reference's examples. */
export const README_APPLICATION = readmeApplication();

export const REPO = fileURLToPath(new URL("../../", import.meta.url));
const PACKAGE = "dual-residence-allocation";
const MARK = "//=>";

export interface DocExample {
  /** "README.md:31" — where the code block starts. */
  readonly where: string;
  readonly code: string;
}

/** Every ```ts block with a `//=>` in README.md and docs/*.md (not the generated API pages). */
export function markdownExamples(): DocExample[] {
  const files = [
    "README.md",
    ...readdirSync(join(REPO, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const out: DocExample[] = [];
  for (const file of files) {
    const text = readFileSync(join(REPO, file), "utf8");
    for (const match of text.matchAll(/^```(?:ts|typescript)\n([\s\S]*?)^```/gm)) {
      if (!match[1]!.includes(MARK)) continue;
      const line = text.slice(0, match.index).split("\n").length + 1;
      out.push({ where: `${file}:${line}`, code: match[1]! });
    }
  }
  return out;
}

/** Every @example code block with a `//=>` in the JSDoc of src/. */
export function jsdocExamples(): DocExample[] {
  const out: DocExample[] = [];
  for (const file of sourceFiles(join(REPO, "src"))) {
    const text = readFileSync(file, "utf8");
    for (const comment of text.matchAll(/\/\*\*[\s\S]*?\*\//g)) {
      const lines = comment[0].split("\n").map((l) => l.replace(/^\s*\*( |$)/, ""));
      const body = lines.join("\n");
      for (const match of body.matchAll(/@example[^\n]*\n```(?:ts|typescript)\n([\s\S]*?)\n```/g)) {
        if (!match[1]!.includes(MARK)) continue;
        const before = text.slice(0, comment.index).split("\n").length + body.slice(0, match.index).split("\n").length;
        out.push({ where: `${relative(REPO, file)}:${before}`, code: match[1]! });
      }
    }
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** A literal at the start of `text`: its source and what follows it; undefined when `text` does not start with one. */
function readLiteral(text: string): { literal: string; rest: string } | undefined {
  const s = text.trimStart();
  const open = s[0];
  if (open === '"' || open === "'") {
    for (let i = 1; i < s.length; i++) {
      if (s[i] === "\\") i++;
      else if (s[i] === open) return { literal: s.slice(0, i + 1), rest: s.slice(i + 1) };
    }
    return undefined;
  }
  if (open === "{" || open === "[") {
    let depth = 0;
    let quote: string | undefined;
    for (let i = 0; i < s.length; i++) {
      const c = s[i]!;
      if (quote) {
        if (c === "\\") i++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === "{" || c === "[") depth++;
      else if (c === "}" || c === "]") {
        depth--;
        if (depth === 0) return { literal: s.slice(0, i + 1), rest: s.slice(i + 1) };
      }
    }
    return undefined;
  }
  const token = /^(?:-?\d[\d_.]*n?|true|false|null|undefined)/.exec(s);
  return token ? { literal: token[0], rest: s.slice(token[0].length) } : undefined;
}

const parses = (expression: string): boolean => {
  const output = ts.transpileModule(`(${expression}\n);`, {
    reportDiagnostics: true,
    compilerOptions: { target: ts.ScriptTarget.ES2022 },
  });
  return (output.diagnostics ?? []).length === 0;
};

/**
 * The example as JavaScript that calls `__check(actual, expected, where)` for every `//=>`. Throws when a
 * `//=>` has no literal or no statement it could belong to: a broken example is a failing test.
 */
export function instrument(example: DocExample, exportNames: readonly string[]): string {
  const lines = example.code.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const at = line.indexOf(MARK);
    if (at < 0) {
      out.push(line);
      continue;
    }
    let valueText = line.slice(at + MARK.length);
    let literal = readLiteral(valueText);
    while (!literal && /^\s*\/\/ /.test(lines[i + 1] ?? "")) {
      valueText += `\n${lines[++i]!.replace(/^\s*\/\/ ?/, "")}`;
      literal = readLiteral(valueText);
    }
    if (!literal) throw new Error(`${example.where}: no value after ${MARK} in: ${line.trim()}`);
    // The statement: the code before the mark, joined with as many lines above as it needs to parse
    // (a statement may span lines; the mark may sit on a line of its own below it).
    const before = line.slice(0, at).trim().replace(/;$/, "");
    let statement = "";
    let taken = 0;
    for (let k = out.length; k >= 0; k--) {
      const candidate = [...out.slice(k), before]
        .join("\n")
        .trim()
        .replace(/;\s*(?:\/\/[^\n]*)?$/, "");
      if (candidate !== "" && parses(candidate)) {
        statement = candidate;
        taken = out.length - k;
        break;
      }
    }
    if (statement === "") throw new Error(`${example.where}: no statement for ${MARK} in: ${line.trim()}`);
    out.splice(out.length - taken, taken);
    const shown = literal.literal
      .replace(/\{\s*…\s*\}/g, JSON.stringify(ANY_OBJECT))
      .replace(/\[\s*…\s*\]/g, JSON.stringify(ANY_ARRAY));
    out.push(
      `__check(${statement}, ${shown}, ${JSON.stringify(`${example.where}: ${statement.split("\n").pop()!.trim()}`)});`,
    );
  }
  const js = ts.transpileModule(out.join("\n"), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, verbatimModuleSyntax: false },
  }).outputText;
  return prelude(example.code) + bindImports(js.replace(/^export \{\};?$/m, ""), example.where, exportNames);
}

/** `application` and `calc` for examples that use them without declaring them. */
function prelude(code: string): string {
  const declares = (name: string) => new RegExp(`\\b(?:const|let|var)\\s+${name}\\b`).test(code);
  // "application" alone or spread ("...application"), not as a property ("x.application").
  const uses = (name: string) =>
    new RegExp(`(?<![\\w$])${name}\\b`).test(code.replace(/\.\.\./g, "   ").replace(/\.\s*[\w$]+/g, "")) &&
    !declares(name);
  const usesCalc = uses("calc");
  const lines: string[] = [];
  if (uses("application") || usesCalc) lines.push(`const application = ${JSON.stringify(README_APPLICATION)};`);
  if (usesCalc) lines.push("const calc = JSON.parse(JSON.stringify(__lib.calculate(application)));");
  return lines.map((l) => `${l}\n`).join("");
}

const ANY_OBJECT = "\u0000{ … }";
const ANY_ARRAY = "\u0000[ … ]";

/** Matchers for what a shown value leaves out. */
export interface Elisions {
  readonly text: (pattern: RegExp) => unknown;
  readonly object: () => unknown;
  readonly array: () => unknown;
}

/** The shown value as a matcher: "…" in a string stands for any text; `{ … }` any object; `[ … ]` any array. */
export function shownValue(value: unknown, any: Elisions): unknown {
  if (value === ANY_OBJECT) return any.object();
  if (value === ANY_ARRAY) return any.array();
  if (typeof value === "string" && value.includes("…")) {
    const pattern = value
      .split("…")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[\\s\\S]*");
    return any.text(new RegExp(`^${pattern}$`));
  }
  if (Array.isArray(value)) return value.map((v) => shownValue(v, any));
  if (typeof value === "object" && value !== null)
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shownValue(v, any)]));
  return value;
}

/** `import { a, b as c } from "dual-residence-allocation"` → `const { a, b: c } = __lib;`; other imports are refused. */
function bindImports(js: string, where: string, exportNames: readonly string[]): string {
  let imports = 0; // a count, not a boolean: TypeScript does not see the callback set it
  const body = js.replace(
    /^import\s+([\s\S]*?)\s+from\s+["']([^"']+)["'];?$/gm,
    (_all, clause: string, from: string) => {
      if (from !== PACKAGE) throw new Error(`${where}: examples may import only from "${PACKAGE}", not "${from}"`);
      imports++;
      const star = /^\*\s+as\s+(\w+)$/.exec(clause.trim());
      if (star) return `const ${star[1]} = __lib;`;
      return `const ${clause.replace(/\s+as\s+/g, ": ")} = __lib;`;
    },
  );
  return imports > 0 ? body : `const { ${exportNames.join(", ")} } = __lib;\n${body}`;
}
