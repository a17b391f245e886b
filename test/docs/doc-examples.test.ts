import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as lib from "../../src/index.js";
import {
  instrument,
  jsdocExamples,
  markdownExamples,
  README_APPLICATION,
  REPO,
  shownValue,
  type DocExample,
} from "./doc-examples.js";

// Every example in the README, the guides and the API reference (JSDoc @example) that shows its output
// with `//=>` is run against the library, and every shown value must be what the library returns.
type Runner = (
  lib: unknown,
  check: (actual: unknown, expected: unknown, label: string) => void,
  console: unknown,
) => Promise<void>;
const AsyncFunction = (async () => {}).constructor as new (...params: string[]) => Runner;
const elisions = {
  text: (p: RegExp): unknown => expect.stringMatching(p),
  object: (): unknown => expect.any(Object),
  array: (): unknown => expect.any(Array),
};
const silent = { log: () => {}, info: () => {}, warn: () => {}, error: () => {}, table: () => {}, dir: () => {} };

async function run(example: DocExample): Promise<string[]> {
  const checked: string[] = [];
  const body = instrument(example, Object.keys(lib));
  await new AsyncFunction("__lib", "__check", "console", body)(
    lib,
    (actual, expected, label) => {
      checked.push(label);
      expect(actual, label).toEqual(shownValue(expected, elisions));
    },
    silent,
  );
  return checked;
}

describe("README and docs/ examples show real output", () => {
  const examples = markdownExamples();
  it("finds the README's example", () => {
    expect(examples.some((e) => e.where.startsWith("README.md"))).toBe(true);
  });
  for (const example of examples) {
    it(example.where, async () => {
      expect((await run(example)).length).toBeGreaterThan(0);
    });
  }
});

describe("JSDoc @example blocks show real output", () => {
  const examples = jsdocExamples();
  for (const example of examples) {
    it(example.where, async () => {
      expect((await run(example)).length).toBeGreaterThan(0);
    });
  }
});

describe("the example runner itself", () => {
  const example = (code: string): DocExample => ({ where: "self-test", code });
  it("fails when a shown value is not what the library returns", async () => {
    await expect(
      run(
        example(
          'import { fiscalCorrection } from "dual-residence-allocation";\nfiscalCorrection("0.55", "municipality").coefficient; //=> "0.93"',
        ),
      ),
    ).rejects.toThrow();
  });
  it("reads a value on its own line, over several comment lines, after a multi-line statement", async () => {
    const code = [
      'import { fiscalCorrection } from "dual-residence-allocation";',
      "fiscalCorrection(",
      '  "0.52158", "prefecture");',
      '//=> { index: "0.52",',
      '//    coefficient: "0.95" }',
    ].join("\n");
    expect(await run(example(code))).toEqual(['self-test: "0.52158", "prefecture")']);
  });
  it("refuses an example that imports anything but the library", () => {
    expect(() => instrument(example('import { readFileSync } from "node:fs";\nreadFileSync; //=> 1'), [])).toThrow(
      /may import only/,
    );
  });
});

describe("the `application` of the API examples", () => {
  it("is the one the API reference's front page (src/index.ts) shows", () => {
    const text = readFileSync(`${REPO}src/index.ts`, "utf8");
    const block = /```ts\n([\s\S]*?)```/
      .exec(text.slice(0, text.indexOf("@packageDocumentation")))![1]!
      .replace(/^ \* ?/gm, "");
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- runs the docs' code block, as a reader would
    const shown: unknown = (new Function(`${block}; return application;`) as () => unknown)();
    expect(shown).toEqual(README_APPLICATION);
  });
});
