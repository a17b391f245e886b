import fc from "fast-check";
import { showControls } from "../../src/text/visible.js";
import { application, type Input } from "../properties/arbitraries.js";

/*
 * What the fuzzer feeds `safeCalculate`: arbitrary JSON and JS values, JSON texts with tricks JSON.parse
 * turns into own "__proto__" keys, 1e309 (Infinity) and -0, mutations of valid applications, and hostile
 * objects (throwing getters, proxies, cycles, huge or deep values).
 */

export type Category = "json" | "anything" | "mutation" | "json-text" | "hostile" | "text";

export interface FuzzInput {
  readonly category: Category;
  /** What was done, for reports ("replace $.projects[0].expenses[1].amount with 1e309"). */
  readonly label: string;
  /** A thunk: hostile values are made fresh for each run. */
  readonly make: () => unknown;
  /** A throwing getter or proxy trap: only here may the typed result be the "unreadable" issue. */
  readonly mayBeUnreadable: boolean;
  /**
   * Hostile text this input carries in names, persons and descriptions ("text" inputs). The loop also
   * writes it straight into the calculation's body name and persons, past any input policy, and checks
   * that every renderer keeps its shape and writes no raw control.
   */
  readonly text?: readonly string[];
}

const deepArray = (depth: number): unknown => {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
};
const deepObject = (depth: number): unknown => {
  let value: unknown = {};
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
};

/** Values that break parsers: wrong types, extreme numbers, look-alike strings, prototype keys. */
export const NASTY: readonly [string, () => unknown][] = [
  ["null", () => null],
  ["undefined", () => undefined],
  ["true", () => true],
  ["0", () => 0],
  ["-0", () => -0],
  ["-1", () => -1],
  ["1.5", () => 1.5],
  ["1e309 (Infinity)", (): unknown => JSON.parse("1e309")],
  ["-Infinity", () => Number.NEGATIVE_INFINITY],
  ["NaN", () => Number.NaN],
  ["2^53 + 2", () => 2 ** 53 + 2],
  ["1e21", () => 1e21],
  ["5e-324", () => 5e-324],
  ["1.7976931348623157e308", () => Number.MAX_VALUE],
  ['""', () => ""],
  ['" "', () => " "],
  ['"NaN"', () => "NaN"],
  ['"Infinity"', () => "Infinity"],
  ['"-0"', () => "-0"],
  ['"1e309"', () => "1e309"],
  ['"0x10"', () => "0x10"],
  ['"1_000"', () => "1_000"],
  ['"１２３"', () => "１２３"],
  ['"１,２００,０００"', () => "１,２００,０００"],
  ['"120万円"', () => "120万円"],
  ['"1,20,000"', () => "1,20,000"],
  ['"00"', () => "00"],
  ['"0.5"', () => "0.5"],
  ['"-5"', () => "-5"],
  ['" 100"', () => " 100"],
  ['"\\u0000"', () => "\u0000"],
  ['"令和７年度"', () => "令和７年度"],
  ['"FY2O25"', () => "FY2O25"],
  ['"Dual-Residence"', () => "Dual-Residence"],
  ['"__proto__"', () => "__proto__"],
  ['"constructor"', () => "constructor"],
  ["100k-char string", () => "9".repeat(100_000)],
  ["1M-char string", () => "x".repeat(1_000_000)],
  ["[]", () => []],
  ["{}", () => ({})],
  ["[[[]]]", () => [[[]]]],
  ["array nested 40 deep", () => deepArray(40)],
  ["array nested 100,000 deep", () => deepArray(100_000)],
  ["object nested 10,000 deep", () => deepObject(10_000)],
  ["10,000-element array", () => Array.from({ length: 10_000 }, (_, i) => i)],
  ["sparse array of length 100,000", () => Object.assign([], { length: 100_000 })],
  ["sparse array of length 2^32 − 1", () => Object.assign([], { length: 2 ** 32 - 1 })],
  ['{"__proto__": {"polluted": 1}} via JSON.parse', (): unknown => JSON.parse('{"__proto__": {"polluted": 1}}')],
  [
    '{"constructor": {"prototype": {"polluted": 1}}}',
    (): unknown => JSON.parse('{"constructor": {"prototype": {"polluted": 1}}}'),
  ],
  ["Object.create(null)", (): unknown => Object.create(null)],
  ["BigInt 2025n", () => 2025n],
  ["Symbol", () => Symbol("x")],
  ["function", () => () => 1],
  ["Date", () => new Date(0)],
  ["Map", () => new Map([["a", 1]])],
  ["boxed String", (): unknown => Object("1200000")],
  ["boxed Number", (): unknown => Object(1200000)],
  ["Uint8Array", () => new Uint8Array(4)],
];

/** Places in a value where a mutation can act: the containers and the keys in them. */
function slots(root: unknown): { parent: Record<string | number, unknown>; key: string | number; path: string }[] {
  const out: { parent: Record<string | number, unknown>; key: string | number; path: string }[] = [];
  // Shallow and narrow: an earlier mutation may have planted a 100,000-deep or 10,000-wide value.
  const walk = (value: unknown, path: string, depth: number) => {
    if (depth > 8) return;
    if (Array.isArray(value))
      value.slice(0, 20).forEach((v, i) => {
        out.push({ parent: value as never, key: i, path: `${path}[${i}]` });
        walk(v, `${path}[${i}]`, depth + 1);
      });
    else if (value !== null && typeof value === "object") {
      for (const [k, v] of Object.entries(value).slice(0, 20)) {
        out.push({ parent: value as never, key: k, path: `${path}.${k}` });
        walk(v, `${path}.${k}`, depth + 1);
      }
    }
  };
  walk(root, "$", 0);
  return out;
}

const containers = (root: unknown): { value: object; path: string }[] => {
  const out: { value: object; path: string }[] = [];
  const walk = (value: unknown, path: string, depth: number) => {
    if (value === null || typeof value !== "object" || depth > 8) return;
    out.push({ value, path });
    if (Array.isArray(value))
      value.slice(0, 20).forEach((v, i) => {
        walk(v, `${path}[${i}]`, depth + 1);
      });
    else for (const [k, v] of Object.entries(value).slice(0, 20)) walk(v, `${path}.${k}`, depth + 1);
  };
  walk(root, "$", 0);
  return out;
};

type Mutation = (app: Input, pick: number, nasty: number) => string;

/** A copy, or the value itself where it cannot be cloned (a symbol, a function, a 100,000-deep array). */
function cloneOrSame(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** One change to a valid application; returns its label. */
const MUTATIONS: readonly Mutation[] = [
  (app, pick, nasty) => {
    const all = slots(app);
    const slot = all[pick % all.length];
    const [name, make] = NASTY[nasty % NASTY.length] as [string, () => unknown];
    if (!slot) return "no slot";
    slot.parent[slot.key] = make();
    return `replace ${slot.path} with ${name}`;
  },
  (app, pick) => {
    const all = slots(app).filter((s) => !Array.isArray(s.parent));
    const slot = all[pick % all.length];
    if (!slot) return "no slot";
    // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- the mutation: delete whichever key was picked
    delete slot.parent[slot.key];
    return `delete ${slot.path}`;
  },
  (app, pick, nasty) => {
    const all = containers(app).filter((c) => !Array.isArray(c.value));
    const target = all[pick % all.length];
    if (!target) return "no container";
    const key = ["__proto__", "constructor", "prototype", "extra", "Amount", "toString"][nasty % 6] as string;
    Object.defineProperty(target.value, key, {
      value: { polluted: 1 },
      enumerable: true,
      writable: true,
      configurable: true,
    });
    return `add own key ${JSON.stringify(key)} at ${target.path}`;
  },
  (app, pick) => {
    const all = slots(app);
    const slot = all[pick % all.length];
    if (!slot) return "no slot";
    slot.parent[slot.key] = [slot.parent[slot.key]];
    return `wrap ${slot.path} in an array`;
  },
  (app, pick) => {
    const all = slots(app);
    const slot = all[pick % all.length];
    if (!slot) return "no slot";
    const v = slot.parent[slot.key];
    slot.parent[slot.key] =
      typeof v === "number"
        ? String(v)
        : typeof v === "string"
          ? Number(v)
          : typeof v === "boolean"
            ? String(v)
            : { value: v };
    return `change the type of ${slot.path}`;
  },
  (app, pick) => {
    const arrays = containers(app).filter((c) => Array.isArray(c.value) && (c.value as unknown[]).length > 0);
    const target = arrays[pick % Math.max(arrays.length, 1)];
    if (!target) return "no array";
    const list = target.value as unknown[];
    list.push(cloneOrSame(list[pick % list.length]));
    return `duplicate an element of ${target.path}`;
  },
  (app, pick) => {
    const arrays = containers(app).filter((c) => Array.isArray(c.value) && (c.value as unknown[]).length > 0);
    const target = arrays[pick % Math.max(arrays.length, 1)];
    if (!target) return "no array";
    const list = target.value as unknown[];
    const first = list[0];
    for (let i = 0; i < 300; i++) list.push(cloneOrSame(first));
    return `repeat an element of ${target.path} 300 times`;
  },
];

const mutated: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    application({ maxProjects: 3, maxExpenses: 4, maxCoordinators: 4 }),
    fc.array(fc.tuple(fc.nat(MUTATIONS.length - 1), fc.nat(), fc.nat()), { minLength: 1, maxLength: 3 }),
  )
  .map(([app, changes]) => {
    const labels: string[] = [];
    const value = cloneOrSame(app) as Input;
    for (const [m, pick, nasty] of changes) {
      try {
        labels.push((MUTATIONS[m] as Mutation)(value, pick, nasty));
      } catch (error) {
        // An earlier change planted something this one cannot act on (pushing onto a 2^32 − 1 array).
        labels.push(`(mutation ${m} not applicable: ${String(error).slice(0, 40)})`);
      }
    }
    return { category: "mutation" as const, label: labels.join("; "), make: () => value, mayBeUnreadable: false };
  });

/** JSON texts with what only a text can carry: a literal "__proto__" key, 1e309, -0, duplicate keys. */
const jsonText: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    application({ maxProjects: 2, maxExpenses: 3, maxCoordinators: 2 }),
    fc.nat(),
    fc.constantFrom(
      '"__proto__":{"polluted":1},',
      '"constructor":{"prototype":{"polluted":1}},',
      '"amount":1e309,',
      '"amount":-0,',
      '"cost":-0.0,',
      '"id":"dup","id":"dup",',
      '"fiscalCapabilityIndex":1e309,',
    ),
  )
  .map(([app, pick, trick]) => {
    const text = JSON.stringify(app);
    const braces = [...text.matchAll(/\{/g)].map((m) => m.index);
    const at = (braces[pick % braces.length] as number) + 1;
    const spliced = text.slice(0, at) + trick + text.slice(at);
    // Splicing before a closing brace would leave a trailing comma: JSON.parse refuses it, so fix that up.
    const fixed = spliced.replace(/,\}/g, "}");
    // A brace inside a string (a description "{…") takes the trick into the string: then parse the text as it was.
    const parse = (): unknown => {
      try {
        return JSON.parse(fixed);
      } catch {
        return JSON.parse(text);
      }
    };
    return {
      category: "json-text" as const,
      label: `JSON text with ${trick} at brace ${pick % braces.length}`,
      make: parse,
      mayBeUnreadable: false,
    };
  });

const throwingGetter = (where: string) => () => {
  const app = fc.sample(application({ maxProjects: 1, maxExpenses: 1, maxCoordinators: 1 }), {
    numRuns: 1,
    seed: 1,
  })[0] as Input;
  const target = (
    where === "root" ? app : where === "body" ? app.body : ((app.projects as Input[] | undefined)?.[0] ?? app)
  ) as object;
  Object.defineProperty(target, "id", {
    get: () => {
      throw new Error("getter says no");
    },
    enumerable: true,
  });
  return app;
};

/** Values no JSON can make. A throwing getter or proxy may end in the typed "unreadable" issue. */
export const HOSTILE: readonly { label: string; make: () => unknown; mayBeUnreadable: boolean }[] = [
  { label: "throwing getter at the root", make: throwingGetter("root"), mayBeUnreadable: true },
  { label: "throwing getter in body", make: throwingGetter("body"), mayBeUnreadable: true },
  { label: "throwing getter in a project", make: throwingGetter("project"), mayBeUnreadable: true },
  {
    label: "proxy whose traps throw",
    make: () =>
      new Proxy(
        {},
        {
          ownKeys: () => {
            throw new Error("trap");
          },
          get: () => {
            throw new Error("trap");
          },
        },
      ),
    mayBeUnreadable: true,
  },
  {
    label: "proxy posing as an application",
    make: () =>
      new Proxy({ fiscalYear: 2025 }, { get: (t, k): unknown => (k === "fiscalYear" ? 2025 : Reflect.get(t, k)) }),
    mayBeUnreadable: true,
  },
  {
    label: "cycle: o.body = o",
    make: () => {
      const o: Record<string, unknown> = { fiscalYear: 2025 };
      o.body = o;
      return o;
    },
    mayBeUnreadable: false,
  },
  {
    label: "cycle: projects contains the application",
    make: () => {
      const o: Record<string, unknown> = { fiscalYear: 2025, body: {} };
      o.projects = [o, o];
      return o;
    },
    mayBeUnreadable: false,
  },
  {
    label: "shared object, 2 keys deep 30 (2^30 paths)",
    make: () => {
      let v: unknown = {};
      for (let i = 0; i < 30; i++) v = { a: v, b: v };
      return { fiscalYear: 2025, body: v };
    },
    mayBeUnreadable: false,
  },
  {
    label: "self-referencing object with two keys",
    make: () => {
      const o: Record<string, unknown> = {};
      o.a = o;
      o.b = o;
      return o;
    },
    mayBeUnreadable: false,
  },
  {
    label: "frozen application",
    make: () => Object.freeze(structuredClone(fc.sample(application(), { numRuns: 1, seed: 2 })[0] as Input)),
    mayBeUnreadable: false,
  },
  {
    label: "class instance",
    make: () =>
      new (class Application {
        fiscalYear = 2025;
      })(),
    mayBeUnreadable: false,
  },
  { label: "symbol keys", make: () => ({ [Symbol("fiscalYear")]: 2025, fiscalYear: 2025 }), mayBeUnreadable: false },
  {
    label: "toString/valueOf that throw",
    make: () => ({
      fiscalYear: {
        toString: () => {
          throw new Error("no");
        },
        valueOf: () => {
          throw new Error("no");
        },
      },
    }),
    mayBeUnreadable: false,
  },
  {
    label: "Symbol.toPrimitive that throws as an amount",
    make: () => ({
      fiscalYear: 2025,
      body: {},
      projects: [
        {
          id: "P",
          primaryPurpose: "migration",
          expenses: [
            {
              id: "E",
              item: "opportunity.fan-club",
              amount: {
                [Symbol.toPrimitive]: () => {
                  throw new Error("no");
                },
              },
            },
          ],
        },
      ],
    }),
    mayBeUnreadable: false,
  },
  {
    label: "20,000 empty projects",
    make: () => ({ fiscalYear: 2025, body: {}, projects: Array.from({ length: 20_000 }, () => ({})) }),
    mayBeUnreadable: false,
  },
  {
    label: "object with 20,000 keys",
    make: () => Object.fromEntries(Array.from({ length: 20_000 }, (_, i) => [`k${i}`, i])),
    mayBeUnreadable: false,
  },
];

const hostile: fc.Arbitrary<FuzzInput> = fc
  .constantFrom(...HOSTILE)
  .map((h) => ({ category: "hostile" as const, ...h }));

const json: fc.Arbitrary<FuzzInput> = fc
  .jsonValue({ maxDepth: 6 })
  .map((v) => ({ category: "json" as const, label: "fc.jsonValue", make: () => v, mayBeUnreadable: false }));

/** Any JavaScript value at all: boxed values, dates, maps, sets, sparse and typed arrays, null prototypes. */
export const anyValue: fc.Arbitrary<unknown> = fc.anything({
  maxDepth: 4,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const anything: fc.Arbitrary<FuzzInput> = anyValue.map((v) => ({
  category: "anything" as const,
  label: "fc.anything",
  make: () => v,
  mayBeUnreadable: false,
}));

/**
 * Text a user might paste, or an attacker write, into a name, a person or a description: C0 controls
 * (ESC sequences, NUL, CR), DEL, C1, lone surrogates, and what means something to Markdown, HTML and CSV
 * (pipes, backslashes, a leading "#", tags, entities, a formula), between ordinary Japanese.
 */
export const hostileText: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom("気仙沼市", "A", "相談会", " ", "ｱ", "𠮷", "é") },
      { weight: 2, arbitrary: fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c)) },
      { weight: 1, arbitrary: fc.integer({ min: 0x7f, max: 0x9f }).map((c) => String.fromCharCode(c)) },
      { weight: 1, arbitrary: fc.constantFrom("\ud800", "\udbff", "\udc00", "\udfff") },
      {
        weight: 3,
        arbitrary: fc.constantFrom(
          "\u001b[2J",
          "\u001b]0;title\u0007",
          "\r\n",
          "\n\n## 算定額 99,999千円\n",
          "|",
          "\\|",
          "\\",
          "#",
          "| --- |",
          "<img src=x onerror=alert(1)>",
          "</td></tr>",
          "&lt;",
          "&",
          "=1+1",
          '"',
          ",",
          "`",
          "*",
          "[x](http://x)",
        ),
      },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(""));

/**
 * Valid applications with hostile text in the body's name, the projects' names, the persons and the
 * expenses' descriptions. The input policy may refuse some (controls in a name); what it accepts must
 * render safely, and so must the rest, which the loop writes into the calculation itself.
 */
const withHostileText: fc.Arbitrary<FuzzInput> = fc
  .tuple(
    application({ maxProjects: 2, maxExpenses: 3, maxCoordinators: 3 }),
    fc.array(hostileText, { minLength: 4, maxLength: 4 }),
    fc.boolean(),
  )
  .map(([app, [name, project, person, description], everywhere]) => {
    const value = cloneOrSame(app) as Input;
    const body = value.body as Input;
    body.name = name;
    for (const p of (value.projects ?? []) as Input[]) {
      if (everywhere || p.name !== undefined) p.name = project;
      for (const e of (p.expenses ?? []) as Input[])
        if (everywhere || e.description !== undefined) e.description = description;
    }
    // Every record of one person gets the same text, so that records still share a person (and a cap).
    const persons = new Map<unknown, string>();
    for (const c of (value.coordinators ?? []) as Input[]) {
      if (!persons.has(c.person)) persons.set(c.person, `${person as string}${persons.size}`);
      c.person = persons.get(c.person);
      if (c.description !== undefined) c.description = description;
    }
    const text = [name, project, person, description] as string[];
    return {
      category: "text" as const,
      label: `hostile text ${showControls(JSON.stringify(text)).slice(0, 200)}${everywhere ? " everywhere" : ""}`,
      make: () => structuredClone(value),
      mayBeUnreadable: false,
      text,
    };
  });

/** The mix: mostly mutations of valid inputs; hostile values are slow by design, so rarer. */
export const fuzzInput: fc.Arbitrary<FuzzInput> = fc.oneof(
  { weight: 20, arbitrary: json },
  { weight: 10, arbitrary: anything },
  { weight: 50, arbitrary: mutated },
  { weight: 14, arbitrary: jsonText },
  { weight: 5, arbitrary: withHostileText },
  { weight: 1, arbitrary: hostile },
);

/** The mix for `npm test`: no hostile values (test/fuzz/fuzz.test.ts runs each of those once). */
export const quickFuzzInput: fc.Arbitrary<FuzzInput> = fc.oneof(
  { weight: 20, arbitrary: json },
  { weight: 10, arbitrary: anything },
  { weight: 50, arbitrary: mutated },
  { weight: 15, arbitrary: jsonText },
  { weight: 5, arbitrary: withHostileText },
);
